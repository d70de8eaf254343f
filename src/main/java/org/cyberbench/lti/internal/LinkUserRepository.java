package org.cyberbench.lti.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LinkUserRepository extends JpaRepository<LinkUserEntity, Long> {

    Optional<LinkUserEntity> findByResourceLinkIdAndUserId(long resourceLinkId, long userId);
}
