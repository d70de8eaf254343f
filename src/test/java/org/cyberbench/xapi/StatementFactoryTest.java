package org.cyberbench.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cyberbench.learning.LearningActivity;
import org.cyberbench.scenario.DecisionRecorded;
import org.cyberbench.shared.LocalizedText;
import org.cyberbench.shared.json.Json;
import org.junit.jupiter.api.Test;

/** Statements as the xAPI 1.0.3 specification shapes them, with ids that do not change when recorded twice. */
class StatementFactoryTest {

    private final StatementFactory factory = new StatementFactory("https://cyberbench.example.org/");
    private final Instant at = Instant.parse("2026-12-03T10:15:30Z");

    @Test
    void aQuizGivesOneAnsweredPerQuestionAndAPassWithTheScaledScore() {
        var quiz = new LearningActivity.QuizSubmitted(7, 11, "intro", 3, 5, 99, 75, 60, true,
                List.of(new LearningActivity.Answer("q1", List.of("a", "c"), true), new LearningActivity.Answer("q2", List.of("false"), false)), at);
        List<Statement> statements = factory.quiz(quiz,
                new StatementFactory.Place("https://cyberbench.example.org/courses/intro/basics/quiz", LocalizedText.of("en", "Basics")),
                LocalizedText.of("en", "Introduction"));
        assertThat(statements).extracting(s -> s.verb().id()).containsExactly("http://adlnet.gov/expapi/verbs/answered",
                "http://adlnet.gov/expapi/verbs/answered", "http://adlnet.gov/expapi/verbs/passed");
        Statement first = statements.getFirst();
        assertThat(first.object().id()).isEqualTo("https://cyberbench.example.org/courses/intro/basics/quiz/q1");
        assertThat(first.object().definition().interactionType()).isEqualTo("choice");
        assertThat(first.result().response()).isEqualTo("a[,]c");
        assertThat(first.result().success()).isTrue();
        assertThat(statements.get(1).result().success()).isFalse();
        Statement passed = statements.getLast();
        assertThat(passed.result().score()).isEqualTo(new Statement.Score(0.75, 75, 0, 100));
        assertThat(passed.context().registration()).isEqualTo(first.context().registration()).matches("[0-9a-f-]{36}");
        assertThat(passed.context().contextActivities().parent()).extracting(Statement.Activity::id)
                .containsExactly("https://cyberbench.example.org/courses/intro");
        assertThat(passed.actor().account()).isEqualTo(new Statement.Account("https://cyberbench.example.org", "7"));
        assertThat(passed.timestamp()).isEqualTo("2026-12-03T10:15:30Z");

        assertThat(factory.quiz(quiz, new StatementFactory.Place("x", null), null)).extracting(Statement::id)
                .as("the same attempt recorded again gives the same statements").isEqualTo(statements.stream().map(Statement::id).toList());
    }

    @Test
    void theJsonLeavesOutWhatIsAbsent() {
        Statement launched = factory.launched(new LearningActivity.CourseStarted(7, 11, "intro", 3, at), LocalizedText.of("fr", "Introduction"));
        @SuppressWarnings("unchecked")
        Map<String, Object> json = Json.read(Json.write(launched), Map.class);
        assertThat(json.keySet()).containsExactlyInAnyOrder("id", "actor", "verb", "object", "context", "timestamp");
        assertThat((Map<?, ?>) json.get("object")).isEqualTo(Map.of("objectType", "Activity", "id", "https://cyberbench.example.org/courses/intro",
                "definition", Map.of("type", "http://adlnet.gov/expapi/activities/course", "name", Map.of("fr", "Introduction"))));
    }

    @Test
    void aScenarioDecisionIsAnsweredWithItsOptionAndWhetherItWasTheRecommendedOne() {
        var decision = new DecisionRecorded(4, "ransomware-hospital", 12, 7L, "judge", "d-warrant", "b", false, 1, 3, at);
        Statement statement = factory.decided(decision, LocalizedText.of("en", "Ransomware at a hospital"), LocalizedText.of("en", "Grant the warrant?"));
        assertThat(statement.object().id()).isEqualTo("https://cyberbench.example.org/scenarios/ransomware-hospital/decisions/d-warrant");
        assertThat(statement.result()).isEqualTo(new Statement.Result(new Statement.Score(1 / 3.0, 1, null, 3), false, true, "b"));
        assertThat(statement.context().contextActivities().parent()).extracting(Statement.Activity::id)
                .containsExactly("https://cyberbench.example.org/scenarios/ransomware-hospital");
    }
}
