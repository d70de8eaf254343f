package org.cyberbench.trainers.internal;

import java.time.LocalDate;
import java.util.List;
import org.cyberbench.trainers.Cascade;
import org.cyberbench.trainers.TrainerLevel;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccreditationRepository extends JpaRepository<AccreditationEntity, Long> {

    List<AccreditationEntity> findByTrainerIdOrderByAccreditedOnDesc(long trainerId);

    List<AccreditationEntity> findByTrainerIdInOrderByAccreditedOnDesc(java.util.Collection<Long> trainerIds);

    /** The cascade's edges: every accreditation not revoked, as (trainer, accredited by, day, id). */
    @Query("""
            select new org.cyberbench.trainers.Cascade$Edge(a.trainerId, a.accreditedBy, a.accreditedOn, a.id)
            from AccreditationEntity a where a.revokedAt is null""")
    List<Cascade.Edge> edges();

    @Query("""
            select new org.cyberbench.trainers.Cascade$Edge(a.trainerId, a.accreditedBy, a.accreditedOn, a.id)
            from AccreditationEntity a where a.revokedAt is null and a.institutionId = :institutionId""")
    List<Cascade.Edge> edgesOf(long institutionId);

    /**
     * An institution's current accreditations by status (revoked, expired, expiring, valid) and level; an
     * accreditation replaced by a renewal (a later one of the same person, course and level) is not counted.
     */
    @Query("""
            select case when a.revokedAt is not null then 'REVOKED'
                        when a.expiresOn <= :today then 'EXPIRED'
                        when a.expiresOn <= :soon then 'EXPIRING'
                        else 'VALID' end as status, a.level as level, count(a) as total
            from AccreditationEntity a where a.institutionId = :institutionId and not exists (
                select b from AccreditationEntity b where b.trainerId = a.trainerId and b.courseSlug = a.courseSlug
                and b.level = a.level and b.revokedAt is null and b.expiresOn > a.expiresOn)
            group by 1, 2""")
    List<StatusRow> statusCounts(long institutionId, LocalDate today, LocalDate soon);

    /** Accreditations of one status and level, counted (a projection: the query's aliases name its getters). */
    interface StatusRow {
        String getStatus();

        TrainerLevel getLevel();

        long getTotal();
    }

    /** Accreditations that expire soon and that no renewal replaces, of an institution and/or a trainer, or of all. */
    @Query("""
            select a from AccreditationEntity a where a.revokedAt is null and a.expiresOn > :today and a.expiresOn <= :soon
            and (:institutionId is null or a.institutionId = :institutionId) and (:trainerId is null or a.trainerId = :trainerId)
            and not exists (select b from AccreditationEntity b where b.trainerId = a.trainerId and b.courseSlug = a.courseSlug
                and b.level = a.level and b.revokedAt is null and b.expiresOn > a.expiresOn)
            order by a.expiresOn""")
    List<AccreditationEntity> expiringBetween(Long institutionId, Long trainerId, LocalDate today, LocalDate soon);
}
