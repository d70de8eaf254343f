package org.cyberbench.scenario.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ParticipantRepository extends JpaRepository<ParticipantEntity, Long> {

    List<ParticipantEntity> findByRunIdOrderById(long runId);

    Optional<ParticipantEntity> findByToken(String token);

    Optional<ParticipantEntity> findByRunIdAndUserId(long runId, long userId);

    List<ParticipantEntity> findByUserIdOrderByIdDesc(long userId);
}
