package org.cyberbench.course.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ModuleRepository extends JpaRepository<ModuleEntity, Long> {

    @Query("select m from ModuleEntity m where m.courseVersion.id = :versionId order by m.position")
    List<ModuleEntity> findByVersion(Long versionId);

    @Query("select m from ModuleEntity m where m.courseVersion.id = :versionId and m.slug = :slug")
    Optional<ModuleEntity> findByVersionAndSlug(Long versionId, String slug);
}
