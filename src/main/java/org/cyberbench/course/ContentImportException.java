package org.cyberbench.course;

import java.util.List;
import java.util.stream.Collectors;

/** The content was refused as a whole; nothing was written. Lists every problem found. */
public class ContentImportException extends RuntimeException {

    private final transient List<ContentProblem> problems;

    public ContentImportException(List<ContentProblem> problems) {
        super(problems.size() + " problem(s) in the course content; nothing was imported:\n"
                + problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
