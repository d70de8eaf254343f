package org.cyberbench.scorm.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;
import org.cyberbench.scorm.Completion;
import org.cyberbench.scorm.ScormVersion;
import org.cyberbench.scorm.Success;

/**
 * What the platform concludes from a SCO's data, as pure functions: its completion, success and
 * score (SCORM 2004's evaluated statuses against the completion threshold and scaled passing score;
 * SCORM 1.2's lesson status), and what an LMS does when the SCO finishes (1.2: "not attempted"
 * becomes "completed", and the mastery score decides passed or failed when the SCO set a score but
 * no result).
 */
final class CmiRules {

    /** The package's settings that take part. */
    record Settings(BigDecimal masteryScore, BigDecimal scaledPassingScore, BigDecimal completionThreshold) {
    }

    /** The platform's reading of an attempt. */
    record Outcome(Completion completion, Success success, BigDecimal scoreScaled) {
    }

    private static final Set<String> MASTERY_MAY_DECIDE = Set.of("not attempted", "completed", "incomplete", "browsed", "");

    private CmiRules() {
    }

    static Outcome outcome(ScormVersion version, Map<String, String> cmi, Settings settings) {
        return version == ScormVersion.SCORM_12 ? outcome12(cmi) : outcome2004(cmi, settings);
    }

    /** 1.2 {@code cmi.core.lesson_status}: passed and failed both mean the learner went through to the end. */
    private static Outcome outcome12(Map<String, String> cmi) {
        String status = cmi.getOrDefault("cmi.core.lesson_status", "not attempted");
        Completion completion = switch (status) {
            case "passed", "failed", "completed" -> Completion.COMPLETED;
            case "incomplete", "browsed" -> Completion.INCOMPLETE;
            default -> Completion.NOT_ATTEMPTED;
        };
        Success success = switch (status) {
            case "passed" -> Success.PASSED;
            case "failed" -> Success.FAILED;
            default -> Success.UNKNOWN;
        };
        return new Outcome(completion, success, scaled(cmi, "cmi.core.score.", BigDecimal.ZERO, BigDecimal.valueOf(100)));
    }

    /** 2004 RTE 4.2.4.1 and 4.2.22: a threshold or passing score, when the manifest sets one, decides over what the SCO says. */
    private static Outcome outcome2004(Map<String, String> cmi, Settings settings) {
        String completion = cmi.getOrDefault("cmi.completion_status", "unknown");
        if (settings.completionThreshold() != null) {
            BigDecimal progress = number(cmi.get("cmi.progress_measure"));
            completion = progress == null ? "unknown" : progress.compareTo(settings.completionThreshold()) >= 0 ? "completed" : "incomplete";
        }
        String success = cmi.getOrDefault("cmi.success_status", "unknown");
        BigDecimal scaled = number(cmi.get("cmi.score.scaled"));
        if (settings.scaledPassingScore() != null) {
            success = scaled == null ? "unknown" : scaled.compareTo(settings.scaledPassingScore()) >= 0 ? "passed" : "failed";
        }
        if (scaled == null) {
            scaled = scaled(cmi, "cmi.score.", null, null);
        }
        return new Outcome(switch (completion) {
            case "completed" -> Completion.COMPLETED;
            case "incomplete" -> Completion.INCOMPLETE;
            case "not attempted" -> Completion.NOT_ATTEMPTED;
            default -> Completion.UNKNOWN;
        }, switch (success) {
            case "passed" -> Success.PASSED;
            case "failed" -> Success.FAILED;
            default -> Success.UNKNOWN;
        }, scaled);
    }

    /** What the element values of 2004 evaluate to when the SCO reads them back. */
    static String evaluatedCompletion(Map<String, String> cmi, Settings settings) {
        return switch (outcome2004(cmi, settings).completion()) {
            case COMPLETED -> "completed";
            case INCOMPLETE -> "incomplete";
            case NOT_ATTEMPTED -> "not attempted";
            case UNKNOWN -> "unknown";
        };
    }

    static String evaluatedSuccess(Map<String, String> cmi, Settings settings) {
        return outcome2004(cmi, settings).success().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** SCORM 1.2 RTE 3.4.4 at LMSFinish: the LMS's part of the lesson status. */
    static void finish12(Map<String, String> cmi, Settings settings) {
        String status = cmi.getOrDefault("cmi.core.lesson_status", "not attempted");
        if (status.equals("not attempted")) {
            status = "completed";
        }
        BigDecimal raw = number(cmi.get("cmi.core.score.raw"));
        if (settings.masteryScore() != null && raw != null && MASTERY_MAY_DECIDE.contains(status)) {
            status = raw.compareTo(settings.masteryScore()) >= 0 ? "passed" : "failed";
        }
        cmi.put("cmi.core.lesson_status", status);
    }

    /** raw within [min, max] as a fraction; null without a raw score or a usable range. */
    private static BigDecimal scaled(Map<String, String> cmi, String prefix, BigDecimal defaultMin, BigDecimal defaultMax) {
        BigDecimal raw = number(cmi.get(prefix + "raw"));
        BigDecimal min = orElse(number(cmi.get(prefix + "min")), defaultMin);
        BigDecimal max = orElse(number(cmi.get(prefix + "max")), defaultMax);
        if (raw == null || min == null || max == null || max.compareTo(min) <= 0) {
            return null;
        }
        BigDecimal fraction = raw.subtract(min).divide(max.subtract(min), 7, RoundingMode.HALF_UP);
        return fraction.max(BigDecimal.ONE.negate()).min(BigDecimal.ONE);
    }

    private static BigDecimal orElse(BigDecimal value, BigDecimal fallback) {
        return value != null ? value : fallback;
    }

    static BigDecimal number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
