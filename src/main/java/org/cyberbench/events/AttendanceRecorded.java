package org.cyberbench.events;

/** Published when a person is marked present at an event (by a trainer, or by joining its scenario run). */
public record AttendanceRecorded(long eventId, long userId, String courseSlug) {
}
