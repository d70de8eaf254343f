package org.cyberbench.trainers.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccreditationRepository extends JpaRepository<AccreditationEntity, Long> {

    List<AccreditationEntity> findByTrainerIdOrderByAccreditedOnDesc(long trainerId);

    List<AccreditationEntity> findByTrainerIdInOrderByAccreditedOnDesc(java.util.Collection<Long> trainerIds);

    /** The cascade's edges: every accreditation not revoked, as (trainer, accredited by, day, id). */
    @Query("select a.trainerId, a.accreditedBy, a.accreditedOn, a.id from AccreditationEntity a where a.revokedAt is null")
    List<Object[]> edges();

    @Query("""
            select a.trainerId, a.accreditedBy, a.accreditedOn, a.id from AccreditationEntity a
            where a.revokedAt is null and a.institutionId = :institutionId""")
    List<Object[]> edgesOf(long institutionId);

    /** Accreditations by status for an institution's dashboard: revoked, expired, expiring, valid. */
    @Query("""
            select case when a.revokedAt is not null then 'REVOKED'
                        when a.expiresOn <= :today then 'EXPIRED'
                        when a.expiresOn <= :soon then 'EXPIRING'
                        else 'VALID' end, a.level, count(a)
            from AccreditationEntity a where a.institutionId = :institutionId
            group by 1, 2""")
    List<Object[]> statusCounts(long institutionId, LocalDate today, LocalDate soon);

    @Query("""
            select a from AccreditationEntity a where a.revokedAt is null and a.expiresOn > :today and a.expiresOn <= :soon
            and (:institutionId is null or a.institutionId = :institutionId) order by a.expiresOn""")
    List<AccreditationEntity> expiringBetween(Long institutionId, LocalDate today, LocalDate soon);
}
