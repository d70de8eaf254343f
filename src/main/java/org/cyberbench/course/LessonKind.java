package org.cyberbench.course;

public enum LessonKind {
    READING, CASE_STUDY, CHECKLIST, VIDEO;

    public String labelKey() {
        return "lesson.kind." + name();
    }
}
