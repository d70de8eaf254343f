package org.cyberbench.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Time comes from the one {@code Clock} bean (UTC), never from the machine: "today" must not depend
 * on the server's time zone, and tests must be able to set the time. The application's sources ask
 * for the current time only through that clock.
 */
class OneClockTest {

    private static final Pattern MACHINE_TIME = Pattern.compile(
            "\\b(Instant|LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime|Clock\\.systemDefaultZone|YearMonth)\\.now\\(\\)"
                    + "|System\\.currentTimeMillis\\(\\)|new java\\.util\\.Date\\(\\)|new Date\\(\\)");

    @Test
    void theApplicationReadsTheTimeOnlyFromTheClockBean() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(source);
                for (int i = 0; i < lines.size(); i++) {
                    if (MACHINE_TIME.matcher(lines.get(i)).find()) {
                        found.add(source + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).as("reads of the machine's time outside the Clock bean").isEmpty();
        assertThat(Files.readString(Path.of("src/main/java/org/cyberbench/shared/TimeConfiguration.java")))
                .contains("Clock.systemUTC()");
    }
}
