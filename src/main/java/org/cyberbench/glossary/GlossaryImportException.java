package org.cyberbench.glossary;

import java.util.List;
import org.cyberbench.shared.FileProblem;
import org.cyberbench.shared.RefusedImportException;

/** A TBX import was refused as a whole; nothing was written. Lists every problem with file and line. */
public class GlossaryImportException extends RefusedImportException {

    public GlossaryImportException(List<FileProblem> problems) {
        super("glossary", problems);
    }
}
