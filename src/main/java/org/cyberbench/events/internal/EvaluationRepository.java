package org.cyberbench.events.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvaluationRepository extends JpaRepository<EvaluationEntity, Long> {

    boolean existsByEventIdAndUserId(long eventId, long userId);

    List<EvaluationEntity> findByEventId(long eventId);
}
