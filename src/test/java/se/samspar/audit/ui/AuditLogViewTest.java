package se.samspar.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samspar.IntegrationTest;
import se.samspar.audit.AuditAction;
import se.samspar.audit.AuditService;
import se.samspar.base.Role;

/** The administrator reads the audit log in Swedish, while the stored entries stay as written. */
class AuditLogViewTest extends IntegrationTest {

    @Autowired
    AuditService audit;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void stored_codes_read_as_swedish_labels_and_the_entries_stay_as_written() {
        String admin = unique("granskare").replace(' ', '-');
        loginAs(admin, Role.ADMIN);
        audit.recordRead(AuditAction.VIEW, null, null, "{\"enkät besvarad\":\"EXIT\",\"sätt\":\"KIOSK\"}");
        audit.recordRead(AuditAction.EXPORT, null, null, "export programme 7 2026-01-01–2026-06-30: 6 persons");

        AuditLogView view = navigate(AuditLogView.class);
        test(view.user).setValue(admin);
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getCellComponent(0, 6).getElement().getText())
                .isEqualTo("export av program 7 2026-01-01–2026-06-30: 6 personer");
        assertThat(grid.getCellComponent(1, 6).getElement().getText())
                .isEqualTo("enkät besvarad: Avslutsenkät; sätt: surfplatta med kod");
        // Only the display is translated: the entries (and so the chain over them) keep what was written.
        assertThat(jdbc.queryForList("SELECT details FROM audit_entry WHERE username = ? ORDER BY id", String.class,
                admin)).containsExactly("{\"enkät besvarad\":\"EXIT\",\"sätt\":\"KIOSK\"}",
                "export programme 7 2026-01-01–2026-06-30: 6 persons");
    }
}
