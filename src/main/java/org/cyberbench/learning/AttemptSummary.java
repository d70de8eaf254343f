package org.cyberbench.learning;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A submitted attempt: score, pass, answers and per-question result, for feedback and history. */
public record AttemptSummary(long id, long moduleId, int score, boolean passed, Instant submittedAt,
        Map<String, List<String>> answers, List<QuizScorer.QuestionResult> results) {
}
