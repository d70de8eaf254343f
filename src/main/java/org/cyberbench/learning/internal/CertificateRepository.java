package org.cyberbench.learning.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CertificateRepository extends JpaRepository<CertificateEntity, Long> {

    Optional<CertificateEntity> findByCode(String code);

    Optional<CertificateEntity> findByEnrolmentId(long enrolmentId);

    List<CertificateEntity> findByUserIdOrderByIssuedAtDesc(long userId);

    boolean existsByUserIdAndCourseSlugAndRevokedAtIsNullAndExpiresAtAfter(long userId, String courseSlug, java.time.Instant now);

    List<CertificateEntity> findTop50ByCodeContainingOrHolderNameContainingOrderByIssuedAtDesc(String code, String name);
}
