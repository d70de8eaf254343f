package org.cyberbench.course;

public enum DeliveryMode {
    ONLINE, CLASSROOM, BLENDED;

    public String labelKey() {
        return "course.delivery." + name();
    }
}
