package org.cyberbench.events.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EventRepository extends JpaRepository<EventEntity, Long> {

    /** Locks the event's row for the rest of the transaction, so seats are counted one registration at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from EventEntity e where e.id = :id")
    Optional<EventEntity> lockForSeats(long id);

    /** Events someone may see between two instants: open ones, their institution's, theirs as trainer or registrant. */
    @Query("""
            select distinct e from EventEntity e where e.endsAt >= :from and e.startsAt < :to and (
                :admin = true
                or e.registration = org.cyberbench.events.RegistrationMode.OPEN
                or (:institutionAdminOf is not null and e.institutionId = :institutionAdminOf)
                or :userId member of e.trainerIds
                or exists (select r from RegistrationEntity r where r.eventId = e.id and r.userId = :userId))
            order by e.startsAt""")
    List<EventEntity> visible(Instant from, Instant to, long userId, Long institutionAdminOf, boolean admin);

    /** Sessions a trainer delivered for a course in a period: events not cancelled that have ended. */
    @Query("""
            select count(e) from EventEntity e where :trainerId member of e.trainerIds and e.courseSlug = :courseSlug
            and e.cancelled = false and e.endsAt >= :from and e.endsAt <= :now""")
    long countDelivered(long trainerId, String courseSlug, Instant from, Instant now);
}
