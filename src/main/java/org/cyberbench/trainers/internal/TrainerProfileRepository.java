package org.cyberbench.trainers.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TrainerProfileRepository extends JpaRepository<TrainerProfileEntity, Long> {

    Optional<TrainerProfileEntity> findByUserId(long userId);

    List<TrainerProfileEntity> findByUserIdIn(Collection<Long> userIds);

    List<TrainerProfileEntity> findByInstitutionId(long institutionId);
}
