package org.cyberbench.learning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.cyberbench.course.CourseDefinition.OptionDefinition;
import org.cyberbench.course.CourseDefinition.QuestionDefinition;
import org.cyberbench.course.QuizContent;

/**
 * Scores a quiz on the server against its answer key. A question scores when the answer is exactly
 * right: the one correct option (single, true/false), all correct options and no other (multiple),
 * or every step in its place (ordering). The score is the share of right answers, in per cent.
 */
public final class QuizScorer {

    private QuizScorer() {
    }

    public static QuizResult score(QuizContent quiz, Map<String, List<String>> answers) {
        List<QuestionResult> results = new ArrayList<>();
        for (QuestionDefinition question : quiz.questions()) {
            List<String> given = answers.getOrDefault(question.id(), List.of());
            List<String> key = answerKey(question);
            boolean right = switch (question.type()) {
                case SINGLE, TRUE_FALSE, MULTIPLE -> !given.isEmpty() && new HashSet<>(given).equals(new HashSet<>(key))
                        && given.size() == key.size();
                case ORDERING -> given.equals(key);
            };
            results.add(new QuestionResult(question.id(), right, List.copyOf(given), key));
        }
        int total = quiz.questions().size();
        long right = results.stream().filter(QuestionResult::right).count();
        int score = total == 0 ? 0 : (int) (right * 100 / total);
        return new QuizResult(score, score >= quiz.passMark(), results);
    }

    /** The right answer: the correct option ids, or for ordering all ids in their right order. */
    public static List<String> answerKey(QuestionDefinition question) {
        return switch (question.type()) {
            case ORDERING -> question.options().stream().map(OptionDefinition::id).toList();
            default -> question.options().stream().filter(OptionDefinition::correct).map(OptionDefinition::id).toList();
        };
    }

    public record QuestionResult(String questionId, boolean right, List<String> given, List<String> key) {
    }

    public record QuizResult(int score, boolean passed, List<QuestionResult> questions) {
    }
}
