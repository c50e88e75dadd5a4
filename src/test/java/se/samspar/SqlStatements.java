package se.samspar;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counts the SELECT statements the database runs while some work runs, from MariaDB's own counter
 * (global, so only meaningful while nothing else queries: the test suite runs one test at a time).
 * For tests that a request reads a fixed number of statements, not one per row (no N+1).
 */
public final class SqlStatements {

    private SqlStatements() {
    }

    public static long selects(JdbcTemplate jdbc, Runnable work) {
        long before = counter(jdbc);
        work.run();
        // The counter's own SHOW is no SELECT.
        return counter(jdbc) - before;
    }

    private static long counter(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SHOW GLOBAL STATUS LIKE 'Com_select'", (rs, i) -> rs.getLong(2));
    }
}
