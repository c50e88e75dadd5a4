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

    /** One statement the database ran, with its own time. */
    public record Timed(double millis, String sql) {
    }

    /**
     * Every statement the database runs while the work runs, with the server's time for each, from
     * its slow-query log set to log everything into a table (pooled connections are replaced so that
     * they log too). For measurements: where a request's time goes, statement by statement.
     */
    public static java.util.List<Timed> timed(JdbcTemplate jdbc, Runnable work) {
        com.zaxxer.hikari.HikariDataSource pool = (com.zaxxer.hikari.HikariDataSource) jdbc.getDataSource();
        jdbc.execute("SET GLOBAL log_output = 'TABLE'");
        jdbc.execute("SET GLOBAL long_query_time = 0");
        jdbc.execute("TRUNCATE mysql.slow_log");
        jdbc.execute("SET GLOBAL slow_query_log = ON");
        pool.getHikariPoolMXBean().softEvictConnections();
        try {
            work.run();
        } finally {
            jdbc.execute("SET GLOBAL slow_query_log = OFF");
            jdbc.execute("SET GLOBAL long_query_time = 10");
            pool.getHikariPoolMXBean().softEvictConnections();
        }
        return jdbc.query("SELECT TIME_TO_SEC(query_time) * 1000, CONVERT(sql_text USING utf8mb4) FROM mysql.slow_log "
                        + "WHERE sql_text NOT LIKE 'SET %' AND sql_text NOT LIKE '%slow_log%' ORDER BY start_time",
                (rs, i) -> new Timed(rs.getDouble(1), rs.getString(2)));
    }

    private static long counter(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SHOW GLOBAL STATUS LIKE 'Com_select'", (rs, i) -> rs.getLong(2));
    }
}
