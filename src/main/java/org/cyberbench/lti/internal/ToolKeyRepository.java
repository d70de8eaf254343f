package org.cyberbench.lti.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ToolKeyRepository extends JpaRepository<ToolKeyEntity, Long> {

    /** Keys still published, newest first; the first active one signs. */
    List<ToolKeyEntity> findByRetiredAtIsNullOrderByCreatedAtDescIdDesc();
}
