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

    @Query("select r.eventId, r.status, count(r) from RegistrationEntity r where r.eventId in :eventIds group by r.eventId, r.status")
    List<Object[]> countsByEvent(Collection<Long> eventIds);

    /** Who trained whom: (trainer, person present) for every attended event, optionally of one institution. */
    @Query(value = """
            select distinct t.user_id, r.user_id from event_registration r
            join training_event e on e.id = r.event_id
            join event_trainer t on t.event_id = e.id
            where r.attended = true and e.cancelled = false and (:institutionId is null or e.institution_id = :institutionId)""",
            nativeQuery = true)
    List<Object[]> trainedPairs(Long institutionId);

    /** People present at an institution's events by month, profession and country (reporting; reads the identity table). */
    @Query(value = """
            select date_format(e.starts_at, '%Y-%m') as month, u.profession, u.country, count(distinct r.user_id)
            from event_registration r
            join training_event e on e.id = r.event_id
            join app_user u on u.id = r.user_id
            where e.institution_id = :institutionId and r.attended = true and e.cancelled = false and e.starts_at >= :from
            group by month, u.profession, u.country
            order by month""", nativeQuery = true)
    List<Object[]> trainedByMonth(long institutionId, java.time.Instant from);

    /** Each event of an institution since a day: registered, waiting and present counts. */
    @Query(value = """
            select e.id, e.title, e.starts_at, e.cancelled,
                   coalesce(sum(r.status = 'REGISTERED'), 0), coalesce(sum(r.status = 'WAITLISTED'), 0), coalesce(sum(r.attended = true), 0)
            from training_event e left join event_registration r on r.event_id = e.id
            where e.institution_id = :institutionId and e.starts_at >= :from
            group by e.id, e.title, e.starts_at, e.cancelled
            order by e.starts_at""", nativeQuery = true)
    List<Object[]> eventFigures(long institutionId, java.time.Instant from);

    @Query("""
            select count(r) > 0 from RegistrationEntity r, EventEntity e where e.id = r.eventId and r.userId = :userId
            and r.attended = true and e.cancelled = false and e.courseSlug = :courseSlug""")
    boolean attendedCourse(long userId, String courseSlug);

    @Query(value = """
            select count(distinct r.user_id) from event_registration r join training_event e on e.id = r.event_id
            where r.attended = true and e.cancelled = false and e.institution_id = :institutionId""", nativeQuery = true)
    long countPeopleTrained(long institutionId);
}
