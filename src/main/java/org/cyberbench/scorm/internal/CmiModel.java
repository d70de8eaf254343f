package org.cyberbench.scorm.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cyberbench.scorm.ScormVersion;

/**
 * The SCORM run-time data model (CMI) of each version as one table: every element's name pattern,
 * whether a SCO may read and write it, and the rule its value must follow (a pattern, a numeric
 * range, a longest length). The same table goes to the player page, whose API checks what the SCO
 * sets and answers with the version's error codes, and is applied again here to everything a commit
 * brings, since a browser can send anything. Elements with an index ({@code cmi.interactions.3.id})
 * use {@code \d+}.
 */
final class CmiModel {

    enum Access { RO, RW, WO }

    /**
     * One element.
     *
     * @param name     the element's name as a regular expression
     * @param access   read-only, read-write or write-only for the SCO
     * @param format   the value's pattern, or null for any text
     * @param min      the smallest number allowed, or null
     * @param max      the largest number allowed, or null
     * @param spm      the longest value (smallest permitted maximum), 0 for no limit
     * @param requires (2004) the element that must be set first, as a replacement of {@code name} ({@code $1} is the index)
     */
    record Definition(String name, Access access, String format, Double min, Double max, int spm, String requires) {

        Pattern namePattern() {
            return Pattern.compile("^" + name + "$");
        }

        Pattern formatPattern() {
            return format == null ? null : Pattern.compile("^(" + format + ")$");
        }
    }

    /** Why a value was refused. */
    enum Fault { UNKNOWN, READ_ONLY, FORMAT, RANGE, DEPENDENCY }

    private static final String DECIMAL = "-?\\d+(\\.\\d+)?";
    private static final String REAL = "-?(\\d+(\\.\\d*)?|\\.\\d+)";
    private static final String TIMESPAN_12 = "\\d{2,4}:\\d{2}:\\d{2}(\\.\\d{1,2})?";
    private static final String TIME_12 = "([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d{1,2})?";
    private static final String IDENTIFIER_12 = "[\\x21-\\x7E]{1,255}";
    private static final String DURATION = "P(?!$)(\\d+Y)?(\\d+M)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d{1,2})?S)?)?";
    private static final String TIMESTAMP = "\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}(:\\d{2}(:\\d{2}(\\.\\d{1,2})?)?)?)?)?)?(Z|[+-]\\d{2}(:\\d{2})?)?";
    private static final String LONG_IDENTIFIER = "\\S{1,4000}";
    private static final String N = "(\\d+)";

    private final ScormVersion version;
    private final List<Definition> definitions;
    private final List<Pattern> names;
    private final List<Pattern> formats;
    private final Map<String, String> children;
    private final List<String> arrays;

    private CmiModel(ScormVersion version, List<Definition> definitions, Map<String, String> children, List<String> arrays) {
        this.version = version;
        this.definitions = List.copyOf(definitions);
        this.names = definitions.stream().map(Definition::namePattern).toList();
        this.formats = definitions.stream().map(Definition::formatPattern).toList();
        this.children = Map.copyOf(children);
        this.arrays = List.copyOf(arrays);
    }

    static CmiModel of(ScormVersion version) {
        return version == ScormVersion.SCORM_12 ? SCORM_12 : SCORM_2004;
    }

    ScormVersion version() {
        return version;
    }

    List<Definition> definitions() {
        return definitions;
    }

    /** {@code <container>._children} values, by container name pattern. */
    Map<String, String> children() {
        return children;
    }

    /** The name patterns of the elements that are arrays ({@code <array>._count}). */
    List<String> arrays() {
        return arrays;
    }

    Optional<Definition> definition(String element) {
        int index = indexOf(element);
        return index < 0 ? Optional.empty() : Optional.of(definitions.get(index));
    }

    private int indexOf(String element) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).matcher(element).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a SCO may set this element to this value, given what is stored already; empty when it may. */
    Optional<Fault> check(String element, String value, Map<String, String> stored) {
        int index = indexOf(element);
        if (index < 0) {
            return Optional.of(Fault.UNKNOWN);
        }
        Definition definition = definitions.get(index);
        Pattern format = formats.get(index);
        if (definition.access() == Access.RO) {
            return Optional.of(Fault.READ_ONLY);
        }
        if (value == null || (definition.spm() > 0 && value.length() > definition.spm())
                || (format != null && !format.matcher(value).matches())) {
            return Optional.of(Fault.FORMAT);
        }
        if ((definition.min() != null || definition.max() != null) && !value.isEmpty() && value.matches(REAL)) {
            double number = Double.parseDouble(value);
            if ((definition.min() != null && number < definition.min()) || (definition.max() != null && number > definition.max())) {
                return Optional.of(Fault.RANGE);
            }
        }
        if (definition.requires() != null) {
            Matcher matcher = names.get(index).matcher(element);
            String required = matcher.replaceFirst(definition.requires());
            if (!stored.containsKey(required)) {
                return Optional.of(Fault.DEPENDENCY);
            }
        }
        return Optional.empty();
    }

    private static final CmiModel SCORM_12;
    private static final CmiModel SCORM_2004;

    static {
        String status12 = "passed|completed|failed|incomplete|browsed";
        String score12 = "(" + DECIMAL + ")?";
        List<Definition> d = new ArrayList<>();
        for (String ro : List.of("cmi.core.student_id", "cmi.core.student_name", "cmi.core.credit", "cmi.core.entry",
                "cmi.core.total_time", "cmi.core.lesson_mode", "cmi.launch_data", "cmi.comments_from_lms",
                "cmi.student_data.mastery_score", "cmi.student_data.max_time_allowed", "cmi.student_data.time_limit_action")) {
            d.add(ro(ro));
        }
        d.add(text("cmi.core.lesson_location", 255));
        d.add(rw("cmi.core.lesson_status", status12, null, null, 0));
        for (String part : List.of("raw", "min", "max")) {
            d.add(rw("cmi.core.score." + part, score12, 0.0, 100.0, 0));
            d.add(rw("cmi.objectives." + N + ".score." + part, score12, 0.0, 100.0, 0));
        }
        d.add(wo("cmi.core.exit", "time-out|suspend|logout|", null, null));
        d.add(wo("cmi.core.session_time", TIMESPAN_12, null, null));
        d.add(text("cmi.suspend_data", 4096));
        d.add(text("cmi.comments", 4096));
        d.add(rw("cmi.objectives." + N + ".id", IDENTIFIER_12, null, null, 255));
        d.add(rw("cmi.objectives." + N + ".status", status12 + "|not attempted", null, null, 0));
        d.add(wo("cmi.interactions." + N + ".id", IDENTIFIER_12, null, null));
        d.add(wo("cmi.interactions." + N + ".objectives." + N + ".id", IDENTIFIER_12, null, null));
        d.add(wo("cmi.interactions." + N + ".time", TIME_12, null, null));
        d.add(wo("cmi.interactions." + N + ".type", "true-false|choice|fill-in|matching|performance|sequencing|likert|numeric", null, null));
        d.add(new Definition("cmi\\.interactions\\." + N + "\\.correct_responses\\." + N + "\\.pattern", Access.WO, null, null, null, 255, null));
        d.add(wo("cmi.interactions." + N + ".weighting", DECIMAL, -100.0, 100.0));
        d.add(new Definition("cmi\\.interactions\\." + N + "\\.student_response", Access.WO, null, null, null, 255, null));
        d.add(wo("cmi.interactions." + N + ".result", "correct|wrong|unanticipated|neutral|" + DECIMAL, null, null));
        d.add(wo("cmi.interactions." + N + ".latency", TIMESPAN_12, null, null));
        d.add(rw("cmi.student_preference.audio", "-?\\d+", -1.0, 100.0, 0));
        d.add(text("cmi.student_preference.language", 255));
        d.add(rw("cmi.student_preference.speed", "-?\\d+", -100.0, 100.0, 0));
        d.add(rw("cmi.student_preference.text", "-?\\d+", -1.0, 1.0, 0));
        Map<String, String> children = new LinkedHashMap<>();
        children.put("cmi\\.core", "student_id,student_name,lesson_location,credit,lesson_status,entry,score,total_time,lesson_mode,exit,session_time");
        children.put("cmi\\.core\\.score", "raw,min,max");
        children.put("cmi\\.objectives", "id,score,status");
        children.put("cmi\\.objectives\\.\\d+\\.score", "raw,min,max");
        children.put("cmi\\.student_data", "mastery_score,max_time_allowed,time_limit_action");
        children.put("cmi\\.student_preference", "audio,language,speed,text");
        children.put("cmi\\.interactions", "id,objectives,time,type,correct_responses,weighting,student_response,result,latency");
        SCORM_12 = new CmiModel(ScormVersion.SCORM_12, d, children, List.of("cmi\\.objectives", "cmi\\.interactions",
                "cmi\\.interactions\\.\\d+\\.objectives", "cmi\\.interactions\\.\\d+\\.correct_responses"));

        List<Definition> e = new ArrayList<>();
        for (String ro : List.of("cmi._version", "cmi.learner_id", "cmi.learner_name", "cmi.credit", "cmi.mode", "cmi.entry",
                "cmi.total_time", "cmi.launch_data", "cmi.completion_threshold", "cmi.scaled_passing_score", "cmi.max_time_allowed",
                "cmi.time_limit_action", "adl.nav.request_valid.continue", "adl.nav.request_valid.previous")) {
            e.add(ro(ro));
        }
        e.add(new Definition("cmi\\.comments_from_lms\\." + N + "\\.(comment|location|timestamp)", Access.RO, null, null, null, 0, null));
        e.add(new Definition("adl\\.nav\\.request_valid\\.(choice|jump)\\.\\{target=[^}]+\\}", Access.RO, null, null, null, 0, null));
        String completion = "completed|incomplete|not attempted|unknown";
        String success = "passed|failed|unknown";
        e.add(rw("cmi.completion_status", completion, null, null, 0));
        e.add(rw("cmi.success_status", success, null, null, 0));
        e.add(rw("cmi.score.scaled", REAL, -1.0, 1.0, 0));
        e.add(rw("cmi.score.raw", REAL, null, null, 0));
        e.add(rw("cmi.score.min", REAL, null, null, 0));
        e.add(rw("cmi.score.max", REAL, null, null, 0));
        e.add(rw("cmi.progress_measure", REAL, 0.0, 1.0, 0));
        e.add(text("cmi.location", 1000));
        e.add(text("cmi.suspend_data", 64000));
        e.add(rw("cmi.learner_preference.audio_level", REAL, 0.0, null, 0));
        e.add(text("cmi.learner_preference.language", 250));
        e.add(rw("cmi.learner_preference.delivery_speed", REAL, 0.0, null, 0));
        e.add(rw("cmi.learner_preference.audio_captioning", "-1|0|1", null, null, 0));
        e.add(wo("cmi.exit", "time-out|suspend|logout|normal|", null, null));
        e.add(wo("cmi.session_time", DURATION, null, null));
        e.add(new Definition("cmi\\.comments_from_learner\\." + N + "\\.comment", Access.RW, null, null, null, 4000, null));
        e.add(new Definition("cmi\\.comments_from_learner\\." + N + "\\.location", Access.RW, null, null, null, 250, null));
        e.add(new Definition("cmi\\.comments_from_learner\\." + N + "\\.timestamp", Access.RW, TIMESTAMP, null, null, 0, null));
        String objective = "cmi\\.objectives\\." + N;
        e.add(new Definition(objective + "\\.id", Access.RW, LONG_IDENTIFIER, null, null, 4000, null));
        String needsObjective = "cmi.objectives.$1.id";
        for (String part : List.of("raw", "min", "max")) {
            e.add(new Definition(objective + "\\.score\\." + part, Access.RW, REAL, null, null, 0, needsObjective));
        }
        e.add(new Definition(objective + "\\.score\\.scaled", Access.RW, REAL, -1.0, 1.0, 0, needsObjective));
        e.add(new Definition(objective + "\\.success_status", Access.RW, success, null, null, 0, needsObjective));
        e.add(new Definition(objective + "\\.completion_status", Access.RW, completion, null, null, 0, needsObjective));
        e.add(new Definition(objective + "\\.progress_measure", Access.RW, REAL, 0.0, 1.0, 0, needsObjective));
        e.add(new Definition(objective + "\\.description", Access.RW, null, null, null, 250, needsObjective));
        String interaction = "cmi\\.interactions\\." + N;
        String needsInteraction = "cmi.interactions.$1.id";
        e.add(new Definition(interaction + "\\.id", Access.RW, LONG_IDENTIFIER, null, null, 4000, null));
        e.add(new Definition(interaction + "\\.type", Access.RW,
                "true-false|choice|fill-in|long-fill-in|matching|performance|sequencing|likert|numeric|other", null, null, 0, needsInteraction));
        e.add(new Definition(interaction + "\\.objectives\\." + N + "\\.id", Access.RW, LONG_IDENTIFIER, null, null, 4000, needsInteraction));
        e.add(new Definition(interaction + "\\.timestamp", Access.RW, TIMESTAMP, null, null, 0, needsInteraction));
        e.add(new Definition(interaction + "\\.correct_responses\\." + N + "\\.pattern", Access.RW, null, null, null, 4000,
                "cmi.interactions.$1.type"));
        e.add(new Definition(interaction + "\\.weighting", Access.RW, REAL, null, null, 0, needsInteraction));
        e.add(new Definition(interaction + "\\.learner_response", Access.RW, null, null, null, 4000, "cmi.interactions.$1.type"));
        e.add(new Definition(interaction + "\\.result", Access.RW, "correct|incorrect|unanticipated|neutral|" + REAL, null, null, 0,
                needsInteraction));
        e.add(new Definition(interaction + "\\.latency", Access.RW, DURATION, null, null, 0, needsInteraction));
        e.add(new Definition(interaction + "\\.description", Access.RW, null, null, null, 250, needsInteraction));
        e.add(rw("adl.nav.request", "continue|previous|exit|exitAll|abandon|abandonAll|suspendAll|_none_|\\{target=[^}]+\\}(choice|jump)",
                null, null, 0));
        Map<String, String> children2004 = new LinkedHashMap<>();
        children2004.put("cmi\\.score", "scaled,raw,min,max");
        children2004.put("cmi\\.objectives", "id,score,success_status,completion_status,progress_measure,description");
        children2004.put("cmi\\.objectives\\.\\d+\\.score", "scaled,raw,min,max");
        children2004.put("cmi\\.interactions",
                "id,type,objectives,timestamp,correct_responses,weighting,learner_response,result,latency,description");
        children2004.put("cmi\\.learner_preference", "audio_level,language,delivery_speed,audio_captioning");
        children2004.put("cmi\\.comments_from_learner", "comment,location,timestamp");
        children2004.put("cmi\\.comments_from_lms", "comment,location,timestamp");
        SCORM_2004 = new CmiModel(ScormVersion.SCORM_2004, e, children2004, List.of("cmi\\.objectives", "cmi\\.interactions",
                "cmi\\.interactions\\.\\d+\\.objectives", "cmi\\.interactions\\.\\d+\\.correct_responses", "cmi\\.comments_from_learner",
                "cmi\\.comments_from_lms"));
    }

    /** An element name as a pattern: dots are literal; an index written as {@code (\\d+)} has none. */
    private static String quote(String element) {
        return element.replace(".", "\\.");
    }

    private static Definition ro(String element) {
        return new Definition(quote(element), Access.RO, null, null, null, 0, null);
    }

    private static Definition text(String element, int spm) {
        return new Definition(quote(element), Access.RW, null, null, null, spm, null);
    }

    private static Definition rw(String element, String format, Double min, Double max, int spm) {
        return new Definition(quote(element),
                Access.RW, format, min, max, spm, null);
    }

    private static Definition wo(String element, String format, Double min, Double max) {
        return new Definition(quote(element),
                Access.WO, format, min, max, 0, null);
    }
}
