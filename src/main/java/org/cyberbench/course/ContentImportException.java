package org.cyberbench.course;

import java.util.List;
import org.cyberbench.shared.FileProblem;
import org.cyberbench.shared.RefusedImportException;

/** The course content was refused as a whole; nothing was written. Lists every problem found. */
public class ContentImportException extends RefusedImportException {

    public ContentImportException(List<FileProblem> problems) {
        super("course content", problems);
    }
}
