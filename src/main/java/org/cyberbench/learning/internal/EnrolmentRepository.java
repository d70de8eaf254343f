package org.cyberbench.learning.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EnrolmentRepository extends JpaRepository<EnrolmentEntity, Long> {

    Optional<EnrolmentEntity> findByUserIdAndCourseVersionId(long userId, long courseVersionId);

    @Query("select e from EnrolmentEntity e where e.userId = :userId order by e.lastActivityAt desc")
    List<EnrolmentEntity> findByUserRecentFirst(long userId);

    @Query("select e from EnrolmentEntity e where e.userId = :userId and e.courseSlug = :slug order by e.id desc")
    List<EnrolmentEntity> findByUserAndCourseNewestFirst(long userId, String slug);

    boolean existsByCourseVersionId(long courseVersionId);

    List<EnrolmentEntity> findByUserIdAndCourseSlugAndCompletedAtIsNull(long userId, String courseSlug);
}
