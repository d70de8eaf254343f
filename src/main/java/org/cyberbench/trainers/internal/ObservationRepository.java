package org.cyberbench.trainers.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ObservationRepository extends JpaRepository<ObservationEntity, Long> {

    List<ObservationEntity> findByCandidateIdOrderByDeliveredOnDesc(long candidateId);
}
