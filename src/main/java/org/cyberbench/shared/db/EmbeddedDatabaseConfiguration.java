package org.cyberbench.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded MariaDB when no external database is configured
 * ({@code spring.datasource.url} / {@code SPRING_DATASOURCE_URL} unset), and points the
 * application's connection pool at it. Flyway and JPA then work exactly as on an external server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    /** One embedded server per JVM: test contexts and the application share it. */
    private static EmbeddedMariaDb running;
    private static Path runningHome;

    @Bean
    EmbeddedMariaDb embeddedMariaDb(@Value("${cyberbench.data-dir}") Path dataDir,
            @Value("${cyberbench.database.embedded.port:0}") int port,
            @Value("${cyberbench.database.embedded.schema:cyberbench}") String schema,
            @Value("${cyberbench.database.embedded.reset-on-start:false}") boolean reset) {
        return startOnce(dataDir, port, schema, reset);
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb db) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(db.jdbcUrl());
        dataSource.setUsername(db.username());
        dataSource.setPassword(db.password());
        dataSource.setPoolName("cyberbench-embedded");
        return dataSource;
    }

    private static synchronized EmbeddedMariaDb startOnce(Path dataDir, int port, String schema, boolean reset) {
        Path home = dataDir.toAbsolutePath().normalize();
        if (running != null) {
            if (!home.equals(runningHome)) {
                throw new IllegalStateException("An embedded MariaDB already runs on " + runningHome
                        + "; this JVM cannot start a second one on " + home);
            }
            return running;
        }
        if (reset) {
            EmbeddedMariaDb.deleteData(home);
        }
        running = EmbeddedMariaDb.start(home, port, schema);
        runningHome = home;
        return running;
    }
}
