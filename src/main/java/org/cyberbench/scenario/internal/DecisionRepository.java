package org.cyberbench.scenario.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DecisionRepository extends JpaRepository<DecisionEntity, Long> {

    List<DecisionEntity> findByTeamId(long teamId);

    List<DecisionEntity> findByTeamIdIn(java.util.Collection<Long> teamIds);

    Optional<DecisionEntity> findByTeamIdAndDecisionId(long teamId, String decisionId);
}
