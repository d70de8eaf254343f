package org.cyberbench.events.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EventRunRepository extends JpaRepository<EventRunEntity, Long> {

    List<EventRunEntity> findByEventId(long eventId);
}
