package org.cyberbench.lti.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResourceLinkRepository extends JpaRepository<ResourceLinkEntity, Long> {

    Optional<ResourceLinkEntity> findByPlatformIdAndDeploymentIdAndResourceLinkId(long platformId, String deploymentId,
            String resourceLinkId);

    /** The links to a course or scenario that this person came through, among those that take grades. */
    @Query("""
            select l from ResourceLinkEntity l, LinkUserEntity u where u.resourceLinkId = l.id and u.userId = :userId
            and l.targetKind = :kind and l.targetSlug = :slug and (l.lineitemUrl is not null or l.lineitemsUrl is not null)
            order by l.id""")
    List<ResourceLinkEntity> gradedLinksOf(long userId, ResourceLinkEntity.Kind kind, String slug);

    /** Links with a roster service, newest first: all, or those this person launched as an instructor. */
    @Query("""
            select l from ResourceLinkEntity l where l.membershipsUrl is not null and (:userId is null or exists (
            select u from LinkUserEntity u where u.resourceLinkId = l.id and u.userId = :userId and u.instructor = true))
            order by l.updatedAt desc""")
    List<ResourceLinkEntity> withRoster(Long userId);
}
