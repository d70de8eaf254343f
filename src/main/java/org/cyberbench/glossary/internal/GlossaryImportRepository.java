package org.cyberbench.glossary.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GlossaryImportRepository extends JpaRepository<GlossaryImportEntity, Long> {

    Optional<GlossaryImportEntity> findFirstByOrderByIdDesc();
}
