package org.cyberbench.course.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LessonRepository extends JpaRepository<LessonEntity, Long> {

    @Query("select l from LessonEntity l join fetch l.module m where m.courseVersion.id = :versionId order by m.position, l.position")
    List<LessonEntity> findByVersion(Long versionId);
}
