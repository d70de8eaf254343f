package org.cyberbench.events.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.cyberbench.events.RegistrationStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RegistrationRepository extends JpaRepository<RegistrationEntity, Long> {

    Optional<RegistrationEntity> findByEventIdAndUserId(long eventId, long userId);

    List<RegistrationEntity> findByEventIdOrderByRegisteredAt(long eventId);

    List<RegistrationEntity> findByUserId(long userId);

    long countByEventIdAndStatus(long eventId, RegistrationStatus status);

    List<RegistrationEntity> findByEventIdAndStatusOrderByRegisteredAt(long eventId, RegistrationStatus status);

    @Query("""
            select new org.cyberbench.events.internal.RegistrationRepository$StatusCount(r.eventId, r.status, count(r))
            from RegistrationEntity r where r.eventId in :eventIds group by r.eventId, r.status""")
    List<StatusCount> countsByEvent(Collection<Long> eventIds);

    /** Registrations of one event in one status, counted. */
    record StatusCount(long eventId, RegistrationStatus status, long count) {
    }

    /** Who trained whom: (trainer, person present) for every attended event, optionally of one institution. */
    @Query(value = """
            select distinct t.user_id as trainerId, r.user_id as personId from event_registration r
            join training_event e on e.id = r.event_id
            join event_trainer t on t.event_id = e.id
            where r.attended = true and e.cancelled = false and (:institutionId is null or e.institution_id = :institutionId)""",
            nativeQuery = true)
    List<TrainedPair> trainedPairs(Long institutionId);

    /** A trainer and a person present at an event they delivered (a projection: the query's aliases name its getters). */
    interface TrainedPair {
        long getTrainerId();

        long getPersonId();
    }

    /** People present at an institution's events by month, profession and country (reporting; reads the identity table). */
    @Query(value = """
            select date_format(e.starts_at, '%Y-%m') as month, u.profession as profession, u.country as country,
                   count(distinct r.user_id) as people
            from event_registration r
            join training_event e on e.id = r.event_id
            join app_user u on u.id = r.user_id
            where e.institution_id = :institutionId and r.attended = true and e.cancelled = false and e.starts_at >= :from
            group by month, u.profession, u.country
            order by month""", nativeQuery = true)
    List<TrainedRow> trainedByMonth(long institutionId, java.time.Instant from);

    /** People trained in a month, of one profession and country (a projection). */
    interface TrainedRow {
        String getMonth();

        String getProfession();

        String getCountry();

        long getPeople();
    }

    /** Each event of an institution since a day: registered, waiting and present counts. */
    @Query(value = """
            select e.id as id, e.title as title, e.starts_at as startsAt, e.cancelled as cancelled,
                   coalesce(sum(r.status = 'REGISTERED'), 0) as registered, coalesce(sum(r.status = 'WAITLISTED'), 0) as waitlisted,
                   coalesce(sum(r.attended = true), 0) as present
            from training_event e left join event_registration r on r.event_id = e.id
            where e.institution_id = :institutionId and e.starts_at >= :from
            group by e.id, e.title, e.starts_at, e.cancelled
            order by e.starts_at""", nativeQuery = true)
    List<FiguresRow> eventFigures(long institutionId, java.time.Instant from);

    /** An event's seats and attendance (a projection; the date and flag as the driver returns them, read through the defaults). */
    interface FiguresRow {
        long getId();

        String getTitle();

        Object getStartsAt();

        Object getCancelled();

        long getRegistered();

        long getWaitlisted();

        long getPresent();

        default java.time.Instant startsAt() {
            return org.cyberbench.shared.db.NativeRows.instant(getStartsAt());
        }

        default boolean cancelled() {
            return org.cyberbench.shared.db.NativeRows.bool(getCancelled());
        }
    }

    @Query("""
            select count(r) > 0 from RegistrationEntity r, EventEntity e where e.id = r.eventId and r.userId = :userId
            and r.attended = true and e.cancelled = false and e.courseSlug = :courseSlug""")
    boolean attendedCourse(long userId, String courseSlug);

    @Query(value = """
            select count(distinct r.user_id) from event_registration r join training_event e on e.id = r.event_id
            where r.attended = true and e.cancelled = false and e.institution_id = :institutionId""", nativeQuery = true)
    long countPeopleTrained(long institutionId);
}
