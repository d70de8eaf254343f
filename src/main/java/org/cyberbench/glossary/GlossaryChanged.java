package org.cyberbench.glossary;

import java.util.List;

/** Published when concepts were created or changed (import or edit), by key. */
public record GlossaryChanged(List<String> keys) {
}
