package org.cyberbench.scorm.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two ways SCORM writes a length of time: 1.2's {@code HHHH:MM:SS.SS} (CMITimespan) and 2004's
 * ISO 8601 duration ({@code P1DT2H3M4.5S}, where a year counts 365.25 days and a month 30.4375, as
 * the ADL examples compute). {@link java.time.Duration#parse} reads neither years nor months.
 */
final class CmiTime {

    private static final Pattern TIMESPAN = Pattern.compile("^(\\d{2,4}):(\\d{2}):(\\d{2})(\\.\\d{1,2})?$");
    private static final Pattern DURATION = Pattern.compile(
            "^P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?$");

    private CmiTime() {
    }

    /** Whole seconds of a 1.2 timespan or a 2004 duration; 0 when the value is empty or malformed. */
    static long seconds(String value) {
        if (value == null || value.isEmpty()) {
            return 0;
        }
        Matcher span = TIMESPAN.matcher(value);
        if (span.matches()) {
            return Long.parseLong(span.group(1)) * 3600 + Long.parseLong(span.group(2)) * 60 + Long.parseLong(span.group(3));
        }
        Matcher duration = DURATION.matcher(value);
        if (duration.matches() && !value.equals("P") && !value.endsWith("T")) {
            double seconds = number(duration.group(1)) * 365.25 * 86400 + number(duration.group(2)) * 30.4375 * 86400
                    + number(duration.group(3)) * 86400 + number(duration.group(4)) * 3600 + number(duration.group(5)) * 60
                    + number(duration.group(6));
            return (long) Math.floor(seconds);
        }
        return 0;
    }

    private static double number(String group) {
        return group == null ? 0 : new BigDecimal(group).doubleValue();
    }

    /** 1.2's {@code cmi.core.total_time}: {@code HHHH:MM:SS.SS}. */
    static String timespan(long seconds) {
        return String.format(Locale.ROOT, "%04d:%02d:%02d.00", seconds / 3600, seconds % 3600 / 60, seconds % 60);
    }

    /** 2004's {@code cmi.total_time}: {@code PT#H#M#S}, {@code PT0S} for nothing. */
    static String duration(long seconds) {
        if (seconds == 0) {
            return "PT0S";
        }
        StringBuilder text = new StringBuilder("PT");
        if (seconds >= 3600) {
            text.append(seconds / 3600).append('H');
        }
        if (seconds % 3600 >= 60) {
            text.append(seconds % 3600 / 60).append('M');
        }
        if (seconds % 60 > 0) {
            text.append(seconds % 60).append('S');
        }
        return text.toString();
    }
}
