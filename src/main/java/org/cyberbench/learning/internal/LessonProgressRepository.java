package org.cyberbench.learning.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LessonProgressRepository extends JpaRepository<LessonProgressEntity, Long> {

    List<LessonProgressEntity> findByEnrolmentId(long enrolmentId);

    boolean existsByEnrolmentIdAndLessonId(long enrolmentId, long lessonId);
}
