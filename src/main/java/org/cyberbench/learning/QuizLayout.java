package org.cyberbench.learning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cyberbench.course.CourseDefinition.OptionDefinition;
import org.cyberbench.course.CourseDefinition.QuestionDefinition;
import org.cyberbench.course.QuestionType;
import org.cyberbench.course.QuizContent;

/** The order in which one attempt shows a quiz's questions and each question's options; stored with the attempt. */
record QuizLayout(List<String> questions, Map<String, List<String>> options) {

    /** Shuffles questions and options; an ordering question never starts in its right order. */
    static QuizLayout shuffled(QuizContent quiz, Random random) {
        List<String> questions = new ArrayList<>(quiz.questions().stream().map(QuestionDefinition::id).toList());
        Collections.shuffle(questions, random);
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (QuestionDefinition question : quiz.questions()) {
            List<String> ids = new ArrayList<>(question.options().stream().map(OptionDefinition::id).toList());
            if (question.type() == QuestionType.TRUE_FALSE) {
                ids = new ArrayList<>(List.of("true", "false"));
            } else {
                List<String> key = QuizScorer.answerKey(question);
                do {
                    Collections.shuffle(ids, random);
                } while (question.type() == QuestionType.ORDERING && ids.size() > 1 && ids.equals(key));
            }
            options.put(question.id(), ids);
        }
        return new QuizLayout(questions, options);
    }
}
