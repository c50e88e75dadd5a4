package se.samspar.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The app shell: the förbund's programmes menu on the left, built from the views' {@code @Menu}
 * annotations and showing only what the user's roles may open, and the user menu with log-out.
 * Menu titles are translation keys.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The user's own account page (security module). */
    public static final String ACCOUNT_ROUTE = "konto";

    private final AuthenticationContext authentication;
    private final se.samspar.base.CurrentUser currentUser;
    private final SideNav nav = new SideNav();
    private final Span viewTitle = new Span();

    MainLayout(AuthenticationContext authentication, se.samspar.base.SessionTimeout sessionTimeout,
               se.samspar.base.CurrentUser currentUser) {
        this.authentication = authentication;
        this.currentUser = currentUser;
        setPrimarySection(Section.DRAWER);
        addClassName("app-shell");

        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("app-name");
        Div brand = new Div(appName);
        brand.addClassName("app-brand");
        addToDrawer(brand, nav);

        viewTitle.addClassName("view-title");
        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle(), viewTitle, userMenu());
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.expand(viewTitle);
        navbar.addClassName("app-navbar");
        addToNavbar(navbar, new SessionTimeoutGuard(sessionTimeout));
    }

    private void buildMenu() {
        nav.removeAll();
        // The board's start page is the report archive: the overview is not theirs.
        boolean boardOnly = currentUser.readsReportsOnly();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (boardOnly && (entry.path().isEmpty() || entry.path().equals("/"))) {
                continue;
            }
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
    }

    private MenuBar userMenu() {
        String name = authentication.getPrincipalName().orElse("");
        Avatar avatar = new Avatar(name);
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        HorizontalLayout trigger = new HorizontalLayout(avatar, new Span(name));
        trigger.setAlignItems(FlexComponent.Alignment.CENTER);
        trigger.setSpacing(true);

        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.setId("user-menu");
        var root = menu.addItem(trigger);
        root.getSubMenu().addItem(getTranslation("menu.account"),
                e -> getUI().ifPresent(ui -> ui.navigate(ACCOUNT_ROUTE)));
        root.getSubMenu().addItem(getTranslation("menu.logout"), e -> authentication.logout());
        return menu;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        buildMenu();
        showTitle();
    }

    private void showTitle() {
        String title = MenuConfiguration.getPageHeader(getContent()).orElse("");
        // The browser tab may name the app too ("Granskningslogg – Samspår"); the header beside it need not.
        String appSuffix = " – " + getTranslation("app.name");
        if (title.endsWith(appSuffix)) {
            title = title.substring(0, title.length() - appSuffix.length());
        }
        viewTitle.setText(title);
        // A long name is cut with an ellipsis (styles) so that the user menu stays; the whole on hover.
        viewTitle.getElement().setAttribute("title", title);
    }

    /**
     * Shows the current view's title again in the header and the browser tab, for a view whose
     * title changed without a navigation (a participant renamed in "Ändra uppgifter").
     */
    public static void refreshTitle(com.vaadin.flow.component.UI ui) {
        ui.getInternals().getActiveRouterTargetsChain().stream().filter(MainLayout.class::isInstance)
                .map(MainLayout.class::cast).findFirst().ifPresent(MainLayout::showTitle);
        if (ui.getInternals().getActiveRouterTargetsChain().stream().findFirst().orElse(null)
                instanceof com.vaadin.flow.router.HasDynamicTitle view) {
            ui.getPage().setTitle(view.getPageTitle());
        }
    }

    /** For tests: the title shown in the header. */
    public String shownTitle() {
        return viewTitle.getText();
    }

    /** For tests and the error view: the visible menu titles. */
    public java.util.List<String> menuTitles() {
        return nav.getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
