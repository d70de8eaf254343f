package org.cyberbench.lti.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface GradeRepository extends JpaRepository<GradeEntity, Long> {

    boolean existsBySourceKey(String sourceKey);

    @Query("""
            select g.id from GradeEntity g where g.status = 'PENDING' and g.nextAttemptAt <= :now
            and (g.claimedUntil is null or g.claimedUntil < :now) order by g.id""")
    List<Long> due(Instant now, Limit limit);

    /** Takes a score for one sender for a while; 0 when another node or thread already has it. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update GradeEntity g set g.claimedUntil = :until where g.id = :id and g.status = 'PENDING'
            and (g.claimedUntil is null or g.claimedUntil < :now)""")
    int claim(long id, Instant now, Instant until);

    @Query(value = """
            select l.platform_id, sum(g.status = 'PENDING'), sum(g.status = 'REFUSED') from lti_grade_outbox g
            join lti_resource_link l on l.id = g.resource_link_id group by l.platform_id""", nativeQuery = true)
    List<Object[]> countsByPlatform();
}
