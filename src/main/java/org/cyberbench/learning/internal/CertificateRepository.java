package org.cyberbench.learning.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CertificateRepository extends JpaRepository<CertificateEntity, Long> {

    Optional<CertificateEntity> findByCode(String code);

    Optional<CertificateEntity> findByEnrolmentId(long enrolmentId);

    List<CertificateEntity> findByUserIdOrderByIssuedAtDesc(long userId);

    boolean existsByUserIdAndCourseSlugAndRevokedAtIsNullAndExpiresAtAfter(long userId, String courseSlug, java.time.Instant now);

    /**
     * Certificates of an institution's current members by course and status (reporting; reads the
     * members' institution from the identity table).
     */
    @org.springframework.data.jpa.repository.Query(value = """
            select c.course_slug as courseSlug,
                   case when c.revoked_at is not null then 'REVOKED'
                        when c.expires_at <= :now then 'EXPIRED'
                        when c.expires_at <= :soon then 'EXPIRING'
                        else 'VALID' end as status,
                   count(*) as total
            from certificate c join app_user u on u.id = c.user_id
            where u.institution_id = :institutionId
            group by c.course_slug, status""", nativeQuery = true)
    List<StatusRow> statusCounts(long institutionId, java.time.Instant now, java.time.Instant soon);

    /** Certificates of one course and status, counted (a projection: the query's aliases name its getters). */
    interface StatusRow {
        String getCourseSlug();

        String getStatus();

        long getTotal();
    }

    /** Valid certificates that expire between now and {@code soon}, of one institution's members or of everyone. */
    @org.springframework.data.jpa.repository.Query(value = """
            select c.id as id, c.user_id as userId, c.holder_name as holderName, c.course_slug as courseSlug, c.code as code,
                   c.expires_at as expiresAt
            from certificate c join app_user u on u.id = c.user_id
            where c.revoked_at is null and c.expires_at > :now and c.expires_at <= :soon
              and (:institutionId is null or u.institution_id = :institutionId)
            order by c.expires_at""", nativeQuery = true)
    List<ExpiringRow> expiring(Long institutionId, java.time.Instant now, java.time.Instant soon);

    /** A certificate that expires soon, with its holder (a projection: the query's aliases name its getters). */
    interface ExpiringRow {
        long getId();

        long getUserId();

        String getHolderName();

        String getCourseSlug();

        String getCode();

        /** As the driver returns it; read it through {@link #expiresAt()}. */
        Object getExpiresAt();

        default java.time.Instant expiresAt() {
            return org.cyberbench.shared.db.NativeRows.instant(getExpiresAt());
        }
    }

    List<CertificateEntity> findTop50ByCodeContainingOrHolderNameContainingOrderByIssuedAtDesc(String code, String name);
}
