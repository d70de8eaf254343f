package org.cyberbench.scenario.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RunRepository extends JpaRepository<RunEntity, Long> {

    Optional<RunEntity> findByJoinCode(String joinCode);

    List<RunEntity> findByTrainerIdOrderByCreatedAtDesc(long trainerId);
}
