package org.cyberbench.shared.db;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Reads the columns of a native SQL result row, whose Java types depend on the driver. */
public final class NativeRows {

    private NativeRows() {
    }

    /** A DATETIME column, stored in UTC. */
    public static Instant instant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case Timestamp timestamp -> timestamp.toInstant();
            case LocalDateTime local -> local.toInstant(ZoneOffset.UTC);
            default -> throw new IllegalStateException("Unexpected date " + value.getClass());
        };
    }

    /** A BOOLEAN column, which MariaDB may return as a number. */
    public static boolean bool(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    public static long number(Object value) {
        return ((Number) value).longValue();
    }
}
