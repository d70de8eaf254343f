package org.cyberbench.lti.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountLinkRepository extends JpaRepository<AccountLinkEntity, Long> {

    Optional<AccountLinkEntity> findByIssuerAndSubject(String issuer, String subject);

    List<AccountLinkEntity> findByIssuerAndSubjectIn(String issuer, Collection<String> subjects);
}
