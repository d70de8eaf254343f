package org.cyberbench.identity.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.cyberbench.identity.Profession;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.shared.AbstractEntity;

@Entity
@Table(name = "app_user")
public class UserEntity extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Profession profession;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(name = "institution_id")
    private Long institutionId;

    @Column(name = "preferred_language", nullable = false, length = 8)
    private String preferredLanguage;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 32)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected UserEntity() {
    }

    public UserEntity(String email, String passwordHash, String fullName, Profession profession, String country,
            String preferredLanguage, Set<Role> roles, Instant createdAt) {
        this.email = normaliseEmail(email);
        this.passwordHash = passwordHash;
        this.fullName = fullName.strip();
        this.profession = profession;
        this.country = country;
        this.preferredLanguage = preferredLanguage;
        this.roles = new HashSet<>(roles);
        this.createdAt = createdAt;
    }

    public static String normaliseEmail(String email) {
        return email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public UserAccount toAccount(Instant now) {
        return new UserAccount(getId(), getVersion(), email, fullName, profession, country, institutionId,
                preferredLanguage, roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles)), enabled,
                isLockedAt(now), createdAt);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void updateProfile(String fullName, Profession profession, String country, String preferredLanguage) {
        this.fullName = fullName.strip();
        this.profession = profession;
        this.country = country;
        this.preferredLanguage = preferredLanguage;
    }

    public void lockUntil(Instant until) {
        this.lockedUntil = until;
        this.failedLogins = 0;
    }

    public void unlock() {
        this.lockedUntil = null;
        this.failedLogins = 0;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getFullName() {
        return fullName;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }
}
