package org.cyberbench.glossary;

import java.util.List;
import java.util.stream.Collectors;
import org.cyberbench.course.ContentProblem;

/** A TBX import was refused as a whole; nothing was written. Lists every problem with file and line. */
public class GlossaryImportException extends RuntimeException {

    private final transient List<ContentProblem> problems;

    public GlossaryImportException(List<ContentProblem> problems) {
        super(problems.size() + " problem(s) in the glossary; nothing was imported:\n"
                + problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
