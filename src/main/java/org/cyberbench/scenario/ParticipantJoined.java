package org.cyberbench.scenario;

/** Published, inside the joining transaction, when a signed-in person joins a run for the first time. */
public record ParticipantJoined(long runId, long userId) {
}
