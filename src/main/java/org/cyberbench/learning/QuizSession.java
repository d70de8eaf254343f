package org.cyberbench.learning;

import java.util.List;
import java.util.Map;
import org.cyberbench.course.CourseDefinition.QuestionDefinition;

/**
 * An open quiz attempt as the learner sees it: questions and options in this attempt's shuffled
 * order, and the answers saved so far (so a reload loses nothing). Vaadin renders on the server,
 * so the answer key in the question definitions never reaches the browser unless a view shows it.
 */
public record QuizSession(long attemptId, long moduleId, int passMark, List<QuestionView> questions,
        Map<String, List<String>> answers) {

    public record QuestionView(QuestionDefinition question, List<String> optionOrder) {
    }
}
