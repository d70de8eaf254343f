package org.cyberbench.glossary;

import org.cyberbench.shared.cluster.ClusterEvent;
import java.util.List;

/** Published when concepts were created or changed (import or edit), by key. */
public record GlossaryChanged(List<String> keys) implements ClusterEvent {
}
