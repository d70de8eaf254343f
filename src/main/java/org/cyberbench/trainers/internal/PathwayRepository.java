package org.cyberbench.trainers.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PathwayRepository extends JpaRepository<PathwayEntity, Long> {

    Optional<PathwayEntity> findByInstitutionIdAndCourseSlug(long institutionId, String courseSlug);

    List<PathwayEntity> findByInstitutionId(long institutionId);
}
