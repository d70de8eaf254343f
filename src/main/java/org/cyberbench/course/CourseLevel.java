package org.cyberbench.course;

public enum CourseLevel {
    INTRODUCTORY, ADVANCED, SPECIALISED;

    public String labelKey() {
        return "course.level." + name();
    }
}
