package org.cyberbench.scorm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.cyberbench.scorm.Completion;
import org.cyberbench.scorm.ScormVersion;
import org.cyberbench.scorm.Success;
import org.junit.jupiter.api.Test;

/** The data model's rules and what the platform concludes from a SCO's data, without a browser or a database. */
class CmiRulesTest {

    private static final CmiRules.Settings NONE = new CmiRules.Settings(null, null, null);

    @Test
    void scorm12ValuesAreCheckedAsTheRunTimeEnvironmentSays() {
        CmiModel model = CmiModel.of(ScormVersion.SCORM_12);
        Map<String, String> stored = Map.of();

        assertThat(model.check("cmi.core.lesson_status", "passed", stored)).isEmpty();
        assertThat(model.check("cmi.core.lesson_status", "not attempted", stored)).contains(CmiModel.Fault.FORMAT);
        assertThat(model.check("cmi.core.score.raw", "", stored)).isEmpty();
        assertThat(model.check("cmi.core.score.raw", "101", stored)).contains(CmiModel.Fault.RANGE);
        assertThat(model.check("cmi.core.session_time", "0000:01:23", stored)).isEmpty();
        assertThat(model.check("cmi.core.session_time", "1:23", stored)).contains(CmiModel.Fault.FORMAT);
        assertThat(model.check("cmi.core.student_id", "someone-else", stored)).contains(CmiModel.Fault.READ_ONLY);
        assertThat(model.check("cmi.suspend_data", "x".repeat(4097), stored)).contains(CmiModel.Fault.FORMAT);
        assertThat(model.check("cmi.interactions.0.result", "wrong", stored)).isEmpty();
        assertThat(model.check("cmi.core.favourite_colour", "blue", stored)).contains(CmiModel.Fault.UNKNOWN);
    }

    @Test
    void scorm2004CheckesRangesTimesAndDependencies() {
        CmiModel model = CmiModel.of(ScormVersion.SCORM_2004);

        assertThat(model.check("cmi.score.scaled", "0.85", Map.of())).isEmpty();
        assertThat(model.check("cmi.score.scaled", "1.5", Map.of())).contains(CmiModel.Fault.RANGE);
        assertThat(model.check("cmi.session_time", "PT1H30M5.5S", Map.of())).isEmpty();
        assertThat(model.check("cmi.session_time", "P", Map.of())).contains(CmiModel.Fault.FORMAT);
        assertThat(model.check("cmi.exit", "", Map.of())).isEmpty();
        assertThat(model.check("cmi.suspend_data", "x".repeat(64000), Map.of())).isEmpty();
        assertThat(model.check("cmi.objectives.0.success_status", "passed", Map.of())).contains(CmiModel.Fault.DEPENDENCY);
        assertThat(model.check("cmi.objectives.0.success_status", "passed", Map.of("cmi.objectives.0.id", "obj-1"))).isEmpty();
        assertThat(model.check("cmi.interactions.0.learner_response", "a", Map.of("cmi.interactions.0.id", "q1")))
                .contains(CmiModel.Fault.DEPENDENCY);
        assertThat(model.check("adl.nav.request", "suspendAll", Map.of())).isEmpty();
        assertThat(model.check("adl.nav.request", "{target=intro}choice", Map.of())).isEmpty();
        assertThat(model.check("cmi.completion_threshold", "0", Map.of())).contains(CmiModel.Fault.READ_ONLY);
    }

    @Test
    void scorm12FinishMarksANotAttemptedScoCompletedAndTheMasteryScoreDecidesPassOrFail() {
        Map<String, String> silent = new HashMap<>(Map.of("cmi.core.lesson_status", "not attempted"));
        CmiRules.finish12(silent, NONE);
        assertThat(silent).containsEntry("cmi.core.lesson_status", "completed");

        CmiRules.Settings mastery = new CmiRules.Settings(new BigDecimal("80"), null, null);
        Map<String, String> scored = new HashMap<>(Map.of("cmi.core.lesson_status", "completed", "cmi.core.score.raw", "79"));
        CmiRules.finish12(scored, mastery);
        assertThat(scored).containsEntry("cmi.core.lesson_status", "failed");

        Map<String, String> passedBySco = new HashMap<>(Map.of("cmi.core.lesson_status", "passed", "cmi.core.score.raw", "50"));
        CmiRules.finish12(passedBySco, mastery);
        assertThat(passedBySco).as("a status the SCO decided is its own").containsEntry("cmi.core.lesson_status", "passed");
    }

    @Test
    void scorm12StatusBecomesCompletionSuccessAndAScaledScore() {
        CmiRules.Outcome outcome = CmiRules.outcome(ScormVersion.SCORM_12,
                Map.of("cmi.core.lesson_status", "passed", "cmi.core.score.raw", "85", "cmi.core.score.min", "0", "cmi.core.score.max", "100"),
                NONE);

        assertThat(outcome.completion()).isEqualTo(Completion.COMPLETED);
        assertThat(outcome.success()).isEqualTo(Success.PASSED);
        assertThat(outcome.scoreScaled()).isEqualByComparingTo("0.85");
        assertThat(CmiRules.outcome(ScormVersion.SCORM_12, Map.of("cmi.core.lesson_status", "incomplete"), NONE).completion())
                .isEqualTo(Completion.INCOMPLETE);
    }

    @Test
    void scorm2004ThresholdAndPassingScoreDecideOverWhatTheScoSays() {
        CmiRules.Settings settings = new CmiRules.Settings(null, new BigDecimal("0.7"), new BigDecimal("0.8"));
        Map<String, String> cmi = Map.of("cmi.completion_status", "completed", "cmi.progress_measure", "0.5",
                "cmi.success_status", "failed", "cmi.score.scaled", "0.75");

        CmiRules.Outcome outcome = CmiRules.outcome(ScormVersion.SCORM_2004, cmi, settings);

        assertThat(outcome.completion()).isEqualTo(Completion.INCOMPLETE);
        assertThat(outcome.success()).isEqualTo(Success.PASSED);
        assertThat(CmiRules.outcome(ScormVersion.SCORM_2004, Map.of("cmi.completion_status", "completed"), settings).completion())
                .as("a threshold without a progress measure leaves completion unknown").isEqualTo(Completion.UNKNOWN);
        assertThat(CmiRules.outcome(ScormVersion.SCORM_2004, cmi, NONE).completion()).isEqualTo(Completion.COMPLETED);
    }

    @Test
    void timesOfBothVersionsAreReadAndWritten() {
        assertThat(CmiTime.seconds("0001:02:03.50")).isEqualTo(3723);
        assertThat(CmiTime.seconds("PT1H2M3.5S")).isEqualTo(3723);
        assertThat(CmiTime.seconds("P1D")).isEqualTo(86400);
        assertThat(CmiTime.seconds("P1M")).as("a month is 30.4375 days").isEqualTo(2629800);
        assertThat(CmiTime.seconds("nonsense")).isZero();
        assertThat(CmiTime.timespan(3723)).isEqualTo("0001:02:03.00");
        assertThat(CmiTime.duration(3723)).isEqualTo("PT1H2M3S");
        assertThat(CmiTime.duration(0)).isEqualTo("PT0S");
    }
}
