package se.samspar.security.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.samspar.base.CurrentUser;
import se.samspar.base.Role;
import se.samspar.base.ui.FormErrors;
import se.samspar.base.ui.MainLayout;
import se.samspar.base.ui.Notifications;
import se.samspar.security.UserService;

/** The user's own account: change password; for administrators the optional second factor. */
@Route(MainLayout.ACCOUNT_ROUTE)
@RolesAllowed({Role.ADMIN_NAME, Role.SAMORDNARE_NAME, Role.PERSONAL_NAME, Role.STYRELSE_NAME})
public class AccountView extends Main implements HasDynamicTitle {

    private final UserService users;
    private final Div secondFactor = new Div();
    final TextField code = new TextField(getTranslation("second-factor.code"));

    AccountView(UserService users, CurrentUser currentUser) {
        this.users = users;
        addClassName("account-view");
        add(new Paragraph(getTranslation("account.logged-in-as", currentUser.username())));
        Button changePassword = new Button(getTranslation("password.title"),
                e -> getUI().ifPresent(ui -> ui.navigate(ChangePasswordView.class)));
        add(changePassword);
        if (currentUser.hasRole(Role.ADMIN)) {
            add(new H3(getTranslation("second-factor.title")), secondFactor);
            showSecondFactor();
        }
    }

    private void showSecondFactor() {
        secondFactor.removeAll();
        code.clear();
        code.setInvalid(false);
        code.setAllowedCharPattern("[0-9 ]");
        code.setMaxLength(7);
        FormErrors errors = new FormErrors().field("code", code);
        if (users.hasSecondFactor()) {
            Button off = new Button(getTranslation("second-factor.disable"), e -> {
                if (errors.save(() -> users.disableSecondFactor(code.getValue()))) {
                    Notifications.success(getTranslation("second-factor.disabled"));
                    showSecondFactor();
                }
            });
            secondFactor.add(new Paragraph(getTranslation("second-factor.on")), row(code, off));
            return;
        }
        Button start = new Button(getTranslation("second-factor.enable"), e -> showSetup(errors));
        start.addThemeVariants(ButtonVariant.PRIMARY);
        secondFactor.add(new Paragraph(getTranslation("second-factor.off")), start);
    }

    private void showSetup(FormErrors errors) {
        String secret = users.newSecondFactorSecret();
        secondFactor.removeAll();
        Span key = new Span(secret.replaceAll("(.{4})", "$1 ").strip());
        key.addClassName("totp-secret");
        Button confirm = new Button(getTranslation("second-factor.confirm"), e -> {
            if (errors.save(() -> users.enableSecondFactor(secret, code.getValue()))) {
                Notifications.success(getTranslation("second-factor.enabled"));
                showSecondFactor();
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        secondFactor.add(new Paragraph(getTranslation("second-factor.scan")),
                new Html(qrSvg(users.secondFactorUri(secret))),
                new Paragraph(getTranslation("second-factor.manual")), key, row(code, confirm));
    }

    private static com.vaadin.flow.component.orderedlayout.HorizontalLayout row(com.vaadin.flow.component.Component... parts) {
        var row = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(parts);
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        return row;
    }

    /**
     * The QR code as inline SVG: one square per dark module, drawn by the server. Coordinates are
     * in pixels (no viewBox, which the HTML parser would lower-case and so break).
     */
    static String qrSvg(String text) {
        final int px = 5;
        final int quiet = 4;
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    java.util.Map.of(com.google.zxing.EncodeHintType.MARGIN, 0));
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    if (m.get(x, y)) {
                        path.append('M').append((x + quiet) * px).append(' ').append((y + quiet) * px)
                                .append('h').append(px).append('v').append(px).append("h-").append(px).append('z');
                    }
                }
            }
            int size = (m.getWidth() + 2 * quiet) * px;
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"totp-qr\" role=\"img\" aria-label=\"QR\" "
                    + "shape-rendering=\"crispEdges\" width=\"" + size + "\" height=\"" + size + "\">"
                    + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
                    + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
        } catch (WriterException e) {
            throw new IllegalStateException("A TOTP address always fits a QR code", e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " – " + getTranslation("app.name");
    }
}
