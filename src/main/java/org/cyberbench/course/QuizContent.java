package org.cyberbench.course;

import java.util.List;
import org.cyberbench.course.CourseDefinition.QuestionDefinition;

/** A module's quiz with its answer key, for taking and scoring it on the server. */
public record QuizContent(long moduleId, int passMark, List<QuestionDefinition> questions) {
}
