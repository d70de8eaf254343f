package org.cyberbench.scenario.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScenarioVersionRepository extends JpaRepository<ScenarioVersionEntity, Long> {

    List<ScenarioVersionEntity> findByCurrentTrueOrderBySlug();

    Optional<ScenarioVersionEntity> findFirstBySlugOrderByRevisionDesc(String slug);
}
