package org.cyberbench.shared.yaml;

import java.util.ArrayList;
import java.util.List;
import org.cyberbench.shared.FileProblem;

/** Collects every problem found, so that an editor sees them all at once rather than one per try. */
public final class Problems {

    private final List<FileProblem> list = new ArrayList<>();

    public void add(String file, int line, String reason) {
        list.add(new FileProblem(file, line, reason));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<FileProblem> list() {
        return List.copyOf(list);
    }
}
