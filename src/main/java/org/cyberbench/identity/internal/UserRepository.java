package org.cyberbench.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cyberbench.identity.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserRepository extends JpaRepository<UserEntity, Long> {

    // Fetch joins rather than entity graphs on the two lookups made on every request and sign-in:
    // Hibernate caches a query's SQL translation, but not when an entity graph is applied to it.
    @Query("select u from UserEntity u left join fetch u.roles where u.email = :email")
    Optional<UserEntity> findByEmail(@Param("email") String email);

    @Query("select u from UserEntity u left join fetch u.roles where u.id = :id")
    Optional<UserEntity> findWithRolesById(@Param("id") Long id);

    boolean existsByEmail(String email);

    @Query("select count(u) > 0 from UserEntity u join u.roles r where r = :role")
    boolean existsWithRole(@Param("role") Role role);

    @Query("select count(distinct u) from UserEntity u join u.roles r where r = :role and u.enabled = true")
    long countEnabledWithRole(@Param("role") Role role);

    @EntityGraph(attributePaths = "roles")
    @Query("""
            select u from UserEntity u
            where :text = '' or lower(u.fullName) like concat('%', :text, '%') or u.email like concat('%', :text, '%')
            """)
    Page<UserEntity> search(@Param("text") String lowerCaseText, Pageable pageable);

    @EntityGraph(attributePaths = "roles")
    List<UserEntity> findByInstitutionIdOrderByFullName(Long institutionId);

    long countByInstitutionId(Long institutionId);

    /** Counts a failed login in one statement, so that parallel attempts cannot lose a count. */
    @Modifying(clearAutomatically = true)
    @Query("update UserEntity u set u.failedLogins = u.failedLogins + 1 where u.email = :email")
    int incrementFailedLogins(@Param("email") String email);

    @Modifying(clearAutomatically = true)
    @Query("update UserEntity u set u.failedLogins = 0, u.lockedUntil = :until where u.email = :email")
    int lock(@Param("email") String email, @Param("until") Instant until);

    @Modifying(clearAutomatically = true)
    @Query("update UserEntity u set u.failedLogins = 0, u.lockedUntil = null where u.email = :email and (u.failedLogins > 0 or u.lockedUntil is not null)")
    int resetFailedLogins(@Param("email") String email);
}
