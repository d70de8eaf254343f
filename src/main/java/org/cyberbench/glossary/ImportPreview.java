package org.cyberbench.glossary;

import java.util.List;
import org.cyberbench.shared.FileProblem;

/**
 * What an import would do, before anything is written: each concept of the files as new, updated or
 * unchanged (with the concepts it shares a term with), the files' problems (any problem refuses the
 * whole import) and warnings (what is left out or adjusted). The fingerprint is the glossary's state
 * the preview was made from: the import is refused when the glossary changed since.
 */
public record ImportPreview(ImportMode mode, String glossaryFingerprint, List<String> fileDescriptions, List<Change> changes,
        List<FileProblem> problems, List<FileProblem> warnings) {

    public enum Kind {
        NEW, UPDATED, UNCHANGED;

        public String labelKey() {
            return "glossary.change." + name();
        }
    }

    /**
     * One concept of the files: the key it is stored under (an existing concept's when merged into it),
     * the id it has in the file, and the existing concepts that share one of its terms.
     */
    public record Change(Kind kind, String key, String fileKey, String label, List<String> sharesTermWith) {
    }

    public long count(Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    public long conflicts() {
        return changes.stream().filter(c -> !c.sharesTermWith().isEmpty()).count();
    }

    public boolean importable() {
        return problems.isEmpty() && changes.stream().anyMatch(c -> c.kind() != Kind.UNCHANGED);
    }
}
