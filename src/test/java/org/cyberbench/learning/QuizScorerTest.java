package org.cyberbench.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cyberbench.course.CourseDefinition.OptionDefinition;
import org.cyberbench.course.CourseDefinition.QuestionDefinition;
import org.cyberbench.course.QuestionType;
import org.cyberbench.course.QuizContent;
import org.cyberbench.shared.LocalizedText;
import org.junit.jupiter.api.Test;

/** Scoring every question type exactly, and shuffling that never gives away an ordering answer. */
class QuizScorerTest {

    private final QuizContent quiz = new QuizContent(1, 75, List.of(
            question("single", QuestionType.SINGLE, option("a", true), option("b", false), option("c", false)),
            question("multiple", QuestionType.MULTIPLE, option("a", true), option("b", false), option("c", true)),
            question("tf", QuestionType.TRUE_FALSE, option("true", false), option("false", true)),
            question("order", QuestionType.ORDERING, option("first", false), option("second", false), option("third", false))));

    @Test
    void allRightScoresHundredAndPasses() {
        QuizScorer.QuizResult result = QuizScorer.score(quiz, Map.of("single", List.of("a"), "multiple", List.of("c", "a"),
                "tf", List.of("false"), "order", List.of("first", "second", "third")));
        assertThat(result.score()).isEqualTo(100);
        assertThat(result.passed()).isTrue();
        assertThat(result.questions()).allMatch(QuizScorer.QuestionResult::right);
    }

    @Test
    void aMultipleChoiceNeedsAllCorrectOptionsAndNoOther() {
        assertThat(right("multiple", List.of("a"))).isFalse();
        assertThat(right("multiple", List.of("a", "b", "c"))).isFalse();
        assertThat(right("multiple", List.of("a", "c"))).isTrue();
        assertThat(right("multiple", List.of("a", "a"))).isFalse();
    }

    @Test
    void anOrderingIsRightOnlyInTheExactOrder() {
        assertThat(right("order", List.of("first", "third", "second"))).isFalse();
        assertThat(right("order", List.of("first", "second"))).isFalse();
        assertThat(right("order", List.of("first", "second", "third"))).isTrue();
    }

    @Test
    void singleAndTrueFalseNeedTheOneCorrectOption() {
        assertThat(right("single", List.of("b"))).isFalse();
        assertThat(right("single", List.of())).isFalse();
        assertThat(right("tf", List.of("true"))).isFalse();
        assertThat(right("tf", List.of("false"))).isTrue();
    }

    @Test
    void theScoreIsTheShareOfRightAnswersAgainstThePassMark() {
        QuizScorer.QuizResult three = QuizScorer.score(quiz, Map.of("single", List.of("a"), "multiple", List.of("a", "c"),
                "tf", List.of("false")));
        assertThat(three.score()).isEqualTo(75);
        assertThat(three.passed()).isTrue();
        QuizScorer.QuizResult two = QuizScorer.score(quiz, Map.of("single", List.of("a"), "tf", List.of("false")));
        assertThat(two.score()).isEqualTo(50);
        assertThat(two.passed()).isFalse();
        assertThat(two.questions()).filteredOn(r -> !r.right()).extracting(QuizScorer.QuestionResult::questionId)
                .containsExactlyInAnyOrder("multiple", "order");
    }

    @Test
    void shufflingNeverShowsAnOrderingQuestionInItsRightOrderAndKeepsEveryOption() {
        for (int seed = 0; seed < 200; seed++) {
            QuizLayout layout = QuizLayout.shuffled(quiz, new Random(seed));
            assertThat(layout.questions()).containsExactlyInAnyOrder("single", "multiple", "tf", "order");
            assertThat(layout.options().get("order")).containsExactlyInAnyOrder("first", "second", "third")
                    .isNotEqualTo(List.of("first", "second", "third"));
            assertThat(layout.options().get("tf")).containsExactly("true", "false");
            assertThat(layout.options().get("multiple")).containsExactlyInAnyOrder("a", "b", "c");
        }
    }

    private boolean right(String id, List<String> answer) {
        return QuizScorer.score(quiz, Map.of(id, answer)).questions().stream()
                .filter(r -> r.questionId().equals(id)).findFirst().orElseThrow().right();
    }

    private static QuestionDefinition question(String id, QuestionType type, OptionDefinition... options) {
        return new QuestionDefinition(id, type, "ETS185 Art. 16", LocalizedText.of("en", id), List.of(options));
    }

    private static OptionDefinition option(String id, boolean correct) {
        return new OptionDefinition(id, correct, LocalizedText.of("en", id), LocalizedText.of("en", "because"));
    }
}
