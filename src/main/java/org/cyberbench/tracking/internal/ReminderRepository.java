package org.cyberbench.tracking.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReminderRepository extends JpaRepository<ReminderEntity, ReminderEntity.Key> {
}
