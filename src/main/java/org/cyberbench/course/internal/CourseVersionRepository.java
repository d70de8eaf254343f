package org.cyberbench.course.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CourseVersionRepository extends JpaRepository<CourseVersionEntity, Long> {

    @Query("select v from CourseVersionEntity v join fetch v.course c where v.id = c.currentVersionId order by v.id")
    List<CourseVersionEntity> findCurrent();

    @Query("select v from CourseVersionEntity v where v.course.id = :courseId order by v.revision desc")
    List<CourseVersionEntity> findByCourseNewestFirst(Long courseId);
}
