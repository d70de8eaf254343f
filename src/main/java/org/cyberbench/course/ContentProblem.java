package org.cyberbench.course;

/** One reason an import was refused: the file (relative to the content folder), the line and why. */
public record ContentProblem(String file, int line, String reason) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + reason;
    }
}
