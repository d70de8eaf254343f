package org.cyberbench.course.internal.content;

import java.util.ArrayList;
import java.util.List;
import org.cyberbench.course.ContentProblem;

/** Collects every problem found, so that an editor sees them all at once rather than one per try. */
final class Problems {

    private final List<ContentProblem> list = new ArrayList<>();

    void add(String file, int line, String reason) {
        list.add(new ContentProblem(file, line, reason));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<ContentProblem> list() {
        return List.copyOf(list);
    }
}
