package org.cyberbench.shared.db;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded MariaDB on a thread of its own as soon as the configuration is read, so that
 * its five seconds or so overlap the start of Spring, Tomcat and Vaadin instead of following them;
 * the data source then waits for it ({@link EmbeddedDatabaseConfiguration} starts it once per JVM).
 * Nothing happens when an external database is configured. A failure is reported by the data source
 * bean, which starts the server itself and fails with the reason.
 */
public class EarlyDatabaseStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (!environment.getProperty("spring.datasource.url", "").isEmpty()
                || environment.getProperty("cyberbench.data-dir") == null) {
            return;
        }
        EmbeddedDatabaseConfiguration.Settings settings = EmbeddedDatabaseConfiguration.Settings.of(environment);
        Thread.ofPlatform().name("embedded-mariadb-start").daemon().start(() -> {
            try {
                EmbeddedDatabaseConfiguration.startOnce(settings);
            } catch (RuntimeException e) {
                // the data source bean tries again and reports why it cannot
            }
        });
    }

    /** After the configuration files (and profiles) are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
