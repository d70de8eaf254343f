package org.cyberbench.scenario.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RevealRepository extends JpaRepository<RevealEntity, Long> {

    List<RevealEntity> findByRunId(long runId);

    boolean existsByRunIdAndInjectId(long runId, String injectId);
}
