package org.cyberbench.scenario.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TeamRepository extends JpaRepository<TeamEntity, Long> {

    List<TeamEntity> findByRunIdOrderById(long runId);
}
