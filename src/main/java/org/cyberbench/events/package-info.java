/**
 * Training events: an institution schedules a classroom, online or blended session for a course or a
 * scenario, with trainers, capacity, open or invitation-only registration and a waiting list; trainers
 * take attendance on the day (a scenario run started for the event counts too); participants evaluate
 * the event and may choose to share their contact details with the other participants.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training events")
package org.cyberbench.events;
