package org.cyberbench.trainers.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.cyberbench.shared.AbstractEntity;
import org.cyberbench.trainers.TrainerLevel;

@Entity
@Table(name = "trainer_accreditation")
public class AccreditationEntity extends AbstractEntity {

    @Column(name = "trainer_id", nullable = false)
    private long trainerId;

    @Column(name = "course_slug", nullable = false, length = 100)
    private String courseSlug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TrainerLevel level;

    @Column(name = "accredited_by", nullable = false)
    private long accreditedBy;

    @Column(name = "institution_id")
    private Long institutionId;

    @Column(name = "accredited_on", nullable = false)
    private LocalDate accreditedOn;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AccreditationEntity() {
    }

    public AccreditationEntity(long trainerId, String courseSlug, TrainerLevel level, long accreditedBy, Long institutionId,
            LocalDate accreditedOn, LocalDate expiresOn, Instant now) {
        this.trainerId = trainerId;
        this.courseSlug = courseSlug;
        this.level = level;
        this.accreditedBy = accreditedBy;
        this.institutionId = institutionId;
        this.accreditedOn = accreditedOn;
        this.expiresOn = expiresOn;
        this.createdAt = now;
    }

    public long getTrainerId() {
        return trainerId;
    }

    public String getCourseSlug() {
        return courseSlug;
    }

    public TrainerLevel getLevel() {
        return level;
    }

    public long getAccreditedBy() {
        return accreditedBy;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public LocalDate getAccreditedOn() {
        return accreditedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public void revoke(Instant now) {
        this.revokedAt = now;
    }
}
