package org.cyberbench.course.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JurisdictionNoteRepository extends JpaRepository<JurisdictionNoteEntity, Long> {

    Optional<JurisdictionNoteEntity> findByCourseSlugAndModuleSlugAndCountry(String courseSlug, String moduleSlug,
            String country);
}
