package org.cyberbench.scorm.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PackageRepository extends JpaRepository<PackageEntity, Long> {

    List<PackageEntity> findByPublishedTrueOrderByTitle();

    List<PackageEntity> findAllByOrderByImportedAtDesc();

    Optional<PackageEntity> findByStorageKey(String storageKey);
}
