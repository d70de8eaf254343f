package org.cyberbench.course.internal.content;

import java.util.ArrayList;
import java.util.List;
import org.cyberbench.shared.FileProblem;

/** Collects every problem found, so that an editor sees them all at once rather than one per try. */
final class Problems {

    private final List<FileProblem> list = new ArrayList<>();

    void add(String file, int line, String reason) {
        list.add(new FileProblem(file, line, reason));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<FileProblem> list() {
        return List.copyOf(list);
    }
}
