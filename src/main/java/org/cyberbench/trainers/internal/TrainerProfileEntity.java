package org.cyberbench.trainers.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.cyberbench.shared.AbstractEntity;
import org.cyberbench.trainers.TrainerLevel;

@Entity
@Table(name = "trainer_profile")
public class TrainerProfileEntity extends AbstractEntity {

    @Column(name = "user_id", nullable = false)
    private long userId;

    /** The institution the person trains for (their institution when they became a candidate or were accredited). */
    @Column(name = "institution_id")
    private Long institutionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TrainerLevel level;

    @Column(nullable = false, length = 100)
    private String languages = "";

    @Column(nullable = false, length = 2000)
    private String specialisms = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TrainerProfileEntity() {
    }

    public TrainerProfileEntity(long userId, Long institutionId, TrainerLevel level, Instant now) {
        this.userId = userId;
        this.institutionId = institutionId;
        this.level = level;
        this.createdAt = now;
    }

    public long getUserId() {
        return userId;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public TrainerLevel getLevel() {
        return level;
    }

    public void setLevel(TrainerLevel level) {
        this.level = level;
    }

    public List<String> getLanguages() {
        return split(languages);
    }

    public List<String> getSpecialisms() {
        return split(specialisms);
    }

    public void describe(List<String> languages, List<String> specialisms) {
        this.languages = String.join(",", languages);
        this.specialisms = String.join(",", specialisms);
    }

    private static List<String> split(String joined) {
        return joined.isBlank() ? List.of() : Arrays.stream(joined.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
