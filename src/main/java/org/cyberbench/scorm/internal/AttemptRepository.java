package org.cyberbench.scorm.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttemptRepository extends JpaRepository<AttemptEntity, Long> {

    Optional<AttemptEntity> findFirstByPackageIdAndUserIdOrderByNumberDesc(long packageId, long userId);

    List<AttemptEntity> findByUserIdOrderByPackageIdAscNumberAsc(long userId);

    List<AttemptEntity> findByPackageIdAndUserIdOrderByNumberAsc(long packageId, long userId);

    long countByPackageId(long packageId);
}
