package org.cyberbench.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
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

    /** Where and how the embedded server runs, read from the configuration. */
    record Settings(Path dataDir, int port, String schema, boolean reset) {
        static Settings of(org.springframework.core.env.Environment environment) {
            return new Settings(Path.of(environment.getRequiredProperty("cyberbench.data-dir")),
                    environment.getProperty("cyberbench.database.embedded.port", Integer.class, 0),
                    environment.getProperty("cyberbench.database.embedded.schema", "cyberbench"),
                    environment.getProperty("cyberbench.database.embedded.reset-on-start", Boolean.class, false));
        }
    }

    @Bean
    EmbeddedMariaDb embeddedMariaDb(org.springframework.core.env.Environment environment) {
        return startOnce(Settings.of(environment));
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

    /** Starts the server, or returns the one this JVM already started (waiting while it starts). */
    static synchronized EmbeddedMariaDb startOnce(Settings settings) {
        Path home = settings.dataDir().toAbsolutePath().normalize();
        if (running != null) {
            if (!home.equals(runningHome)) {
                throw new IllegalStateException("An embedded MariaDB already runs on " + runningHome
                        + "; this JVM cannot start a second one on " + home);
            }
            return running;
        }
        if (settings.reset()) {
            EmbeddedMariaDb.deleteData(home);
        }
        running = EmbeddedMariaDb.start(home, settings.port(), settings.schema());
        runningHome = home;
        return running;
    }
}
