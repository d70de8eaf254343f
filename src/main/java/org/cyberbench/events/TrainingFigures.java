package org.cyberbench.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cyberbench.events.internal.EventRepository;
import org.cyberbench.events.internal.RegistrationRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the events add up to: for the trainer pathway (sessions delivered, who trained whom), blended courses and the dashboards. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class TrainingFigures {

    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final Clock clock;

    TrainingFigures(EventRepository events, RegistrationRepository registrations, Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.clock = clock;
    }

    /** Whether the person was present at a (not cancelled) event of the course: what completes a blended course. */
    public boolean hasAttended(long userId, String courseSlug) {
        return registrations.attendedCourse(userId, courseSlug);
    }

    /** Sessions of a course a trainer delivered (events not cancelled, ended) since a day. */
    public long sessionsDelivered(long trainerId, String courseSlug, LocalDate since) {
        return events.countDelivered(trainerId, courseSlug, since.atStartOfDay().toInstant(ZoneOffset.UTC), clock.instant());
    }

    /** Who trained whom: for each trainer, the people present at the events they delivered (of one institution, or all). */
    @PreAuthorize("hasAnyRole('TRAINER', 'INSTITUTION_ADMIN', 'ADMIN')")
    public Map<Long, List<Long>> trainedBy(Long institutionId) {
        Map<Long, List<Long>> trained = new HashMap<>();
        for (RegistrationRepository.TrainedPair pair : registrations.trainedPairs(institutionId)) {
            trained.computeIfAbsent(pair.getTrainerId(), k -> new ArrayList<>()).add(pair.getPersonId());
        }
        return trained;
    }

    @PreAuthorize("hasRole('ADMIN') or @identityAccess.isInstitutionAdminOf(#institutionId)")
    public long peopleTrained(long institutionId) {
        return registrations.countPeopleTrained(institutionId);
    }

    /** People present at the institution's events, by month, profession and country. */
    public record TrainedCount(String month, String profession, String country, long people) {
    }

    @PreAuthorize("hasRole('ADMIN') or @identityAccess.isInstitutionAdminOf(#institutionId)")
    public List<TrainedCount> trainedByMonth(long institutionId, LocalDate since) {
        return registrations.trainedByMonth(institutionId, since.atStartOfDay().toInstant(ZoneOffset.UTC)).stream()
                .map(row -> new TrainedCount(row.getMonth(), row.getProfession(), row.getCountry(), row.getPeople())).toList();
    }

    /** An event's figures for the dashboard. */
    public record EventFigures(long eventId, String title, Instant startsAt, boolean cancelled, long registered, long waitlisted,
            long present) {
    }

    @PreAuthorize("hasRole('ADMIN') or @identityAccess.isInstitutionAdminOf(#institutionId)")
    public List<EventFigures> eventFigures(long institutionId, LocalDate since) {
        return registrations.eventFigures(institutionId, since.atStartOfDay().toInstant(ZoneOffset.UTC)).stream()
                .map(row -> new EventFigures(row.getId(), row.getTitle(), row.startsAt(), row.cancelled(), row.getRegistered(),
                        row.getWaitlisted(), row.getPresent())).toList();
    }
}
