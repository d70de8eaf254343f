package org.cyberbench.lti.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlatformRepository extends JpaRepository<PlatformEntity, Long> {

    Optional<PlatformEntity> findByIssuerAndClientId(String issuer, String clientId);

    List<PlatformEntity> findByIssuer(String issuer);

    List<PlatformEntity> findAllByOrderByNameAsc();
}
