package org.cyberbench.course.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContentImportRepository extends JpaRepository<ContentImportEntity, Long> {

    Optional<ContentImportEntity> findFirstBySucceededTrueOrderByIdDesc();
}
