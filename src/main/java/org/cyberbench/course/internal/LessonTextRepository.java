package org.cyberbench.course.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LessonTextRepository extends JpaRepository<LessonTextEntity, Long> {
}
