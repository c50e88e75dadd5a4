package se.samspar.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import se.samspar.IntegrationTest;
import se.samspar.base.ui.MainLayout;
import se.samspar.base.ui.NotFoundView;
import se.samspar.security.ui.UserListView;

/** Each role sees exactly its menu, and cannot reach other views by typing their address. */
class NavigationByRoleTest extends IntegrationTest {

    private MainLayout layout() {
        UI.getCurrent().navigate("");
        return (MainLayout) UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
                .filter(MainLayout.class::isInstance).findFirst().orElseThrow();
    }

    @Test
    @WithMockUser(username = "admin-test", roles = "ADMIN")
    void the_administrator_sees_overview_programmes_and_users() {
        assertThat(layout().menuTitles()).containsExactly("Översikt", "Indikatorer", "Indikatorinstrument", "Årsrapport", "Nyckeltal", "Statistik", "Program", "Import", "Kodlistor",
                "Lokaler och tolkar", "Gallring", "Användare", "Granskningslogg", "Registerutdrag");
    }

    @Test
    @WithMockUser(username = "samordnare-test", roles = "SAMORDNARE")
    void a_coordinator_sees_overview_and_programmes() {
        assertThat(layout().menuTitles()).containsExactly("Översikt", "Mina deltagare", "Deltagare", "Pinnstatistik", "Grupper",
                "Kalender", "Enkätmallar", "Bedömningsmallar", "Enkätresultat", "Rapporter", "Indikatorer", "Indikatorinstrument", "Rapportarkiv", "Årsrapport", "Nyckeltal", "Statistik", "Program",
                "Import", "Export", "Lokaler och tolkar");
    }

    @Test
    @WithMockUser(username = "personal-test", roles = "PERSONAL")
    void staff_see_the_overview_and_participants() {
        assertThat(layout().menuTitles()).containsExactly("Översikt", "Mina deltagare", "Deltagare", "Pinnstatistik", "Grupper",
                "Kalender");
    }

    @Test
    @WithMockUser(username = "styrelse-test", roles = "STYRELSE")
    void the_board_starts_in_the_report_archive_and_sees_nothing_else() {
        assertThat(layout().menuTitles()).containsExactly("Rapportarkiv");
        assertThat(getCurrentView()).isInstanceOf(se.samspar.report.ui.ArchiveView.class);
    }

    @Test
    @WithMockUser(username = "styrelse-test", roles = "STYRELSE")
    void the_board_cannot_open_the_user_admin_programme_or_participant_views_by_address() {
        UI.getCurrent().navigate("deltagare");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);

        UI.getCurrent().navigate("anvandare");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);

        UI.getCurrent().navigate("program");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);

        UI.getCurrent().navigate("program/1");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);

        UI.getCurrent().navigate("rapporter");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithMockUser(username = "personal-test", roles = "PERSONAL")
    void staff_cannot_open_the_programme_admin_by_address() {
        UI.getCurrent().navigate("program");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithMockUser(username = "admin-test", roles = "ADMIN")
    void the_administrator_opens_the_user_admin_by_address() {
        UI.getCurrent().navigate("anvandare");
        assertThat(getCurrentView()).isInstanceOf(UserListView.class);
    }
}
