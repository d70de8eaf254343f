package org.cyberbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * Flyway takes an empty MariaDB to the current schema, and Hibernate validates the entities
 * against it (the test context starts on a fresh database with ddl-auto=validate).
 */
@IntegrationTest
class MigrationTest {

    @Autowired
    Flyway flyway;
    @Autowired
    DataSource dataSource;
    @Autowired
    Environment environment;

    @Test
    void allMigrationsAreAppliedAndHibernateOnlyValidates() {
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).extracting(MigrationInfo::getScript)
                .contains("V001__identity.sql", "V002__institutions.sql");
        assertThat(flyway.info().applied()).allSatisfy(m -> assertThat(m.getState().isFailed()).isFalse());
    }

    @Test
    void anEmptyDatabaseMigratesToTheSameTables() throws Exception {
        String schema = "migration_check";
        HikariDataSource pool = (HikariDataSource) dataSource;
        String current;
        String serverUrl;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            current = connection.getCatalog();
            serverUrl = pool.getJdbcUrl().replaceFirst("/" + current + "(\\?.*)?$", "/");
            statement.execute("DROP DATABASE IF EXISTS " + schema);
            statement.execute("CREATE DATABASE " + schema);
        }
        Flyway fresh = Flyway.configure()
                .dataSource(serverUrl + schema, pool.getUsername(), pool.getPassword())
                .locations("classpath:db/migration").load();
        assertThat(fresh.migrate().success).isTrue();
        assertThat(tables(schema)).isEqualTo(tables(current));
        assertThat(tables(schema)).contains("app_user", "user_role", "app_setting", "institution");
    }

    private Set<String> tables(String schema) throws Exception {
        Set<String> names = new TreeSet<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema + "'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
