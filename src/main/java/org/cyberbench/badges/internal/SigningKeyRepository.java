package org.cyberbench.badges.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SigningKeyRepository extends JpaRepository<SigningKeyEntity, Long> {

    Optional<SigningKeyEntity> findByKeyId(String keyId);
}
