package org.cyberbench.shared;

import java.util.List;
import java.util.stream.Collectors;

/** An import (course content, glossary) refused as a whole because of these problems; nothing was written. */
public class RefusedImportException extends RuntimeException {

    private final transient List<FileProblem> problems;

    public RefusedImportException(String what, List<FileProblem> problems) {
        super(problems.size() + " problem(s) in the " + what + "; nothing was imported:\n"
                + problems.stream().map(FileProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<FileProblem> problems() {
        return problems;
    }
}
