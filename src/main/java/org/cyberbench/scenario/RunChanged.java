package org.cyberbench.scenario;

import org.cyberbench.shared.cluster.ClusterEvent;

/** Published when anything in a run changed (join, assignment, phase, decision, reveal), for live screens. */
public record RunChanged(long runId) implements ClusterEvent {
}
