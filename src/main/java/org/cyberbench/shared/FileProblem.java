package org.cyberbench.shared;

/** One reason an import was refused: the file, the line (0 when unknown) and why. */
public record FileProblem(String file, int line, String reason) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + reason;
    }
}
