package org.cyberbench.scenario;

/** Published when anything in a run changed (join, assignment, phase, decision, reveal), for live screens. */
public record RunChanged(long runId) {
}
