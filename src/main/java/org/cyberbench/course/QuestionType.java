package org.cyberbench.course;

public enum QuestionType {
    SINGLE, MULTIPLE, TRUE_FALSE, ORDERING
}
