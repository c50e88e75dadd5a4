package se.samspar.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samspar.IntegrationTest;

class DatabaseMigrationTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void the_app_runs_on_a_real_mariadb() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductVersion()).contains("MariaDB");
        }
    }

    @Test
    void every_migration_applies_to_an_empty_database() throws Exception {
        String schema = "migration_check_" + Long.toString(System.nanoTime(), 36);
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .locations("classpath:db/migration")
                .load();
        try {
            MigrateResult result = flyway.migrate();

            assertThat(result.success).isTrue();
            assertThat(result.migrationsExecuted).isPositive();
            assertThat(tables(schema)).contains("programme", "place_allocation", "programme_municipality",
                    "app_user", "app_user_role", "app_user_programme");
            assertThat(flyway.info().pending()).isEmpty();
        } finally {
            new JdbcTemplate(dataSource).execute("DROP DATABASE IF EXISTS `" + schema + "`");
        }
    }

    @Test
    void the_schema_refuses_negative_places_even_past_the_application() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String name = unique("Check");
        jdbc.update("INSERT INTO programme (name, kind, active_from) VALUES (?, 'INDIVIDUAL', '2018-01-01')", name);
        Long id = jdbc.queryForObject("SELECT id FROM programme WHERE name = ?", Long.class, name);
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
                    "INSERT INTO place_allocation (programme_id, kind, places, valid_from) VALUES (?, 'BUDGETED', -1, '2018-01-01')",
                    id)).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        } finally {
            jdbc.update("DELETE FROM programme WHERE id = ?", id);
        }
    }

    private List<String> tables(String schema) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.getMetaData().getTables(schema, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
