package org.cyberbench.institutions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cyberbench.institutions.Institution;
import org.cyberbench.institutions.InstitutionType;
import org.cyberbench.shared.AbstractEntity;

@Entity
@Table(name = "institution")
public class InstitutionEntity extends AbstractEntity {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 2)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private InstitutionType type;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected InstitutionEntity() {
    }

    public InstitutionEntity(String name, String country, InstitutionType type, Instant createdAt) {
        update(name, country, type);
        this.createdAt = createdAt;
    }

    public void update(String name, String country, InstitutionType type) {
        this.name = name.strip();
        this.country = country;
        this.type = type;
    }

    public Institution toRecord() {
        return new Institution(getId(), getVersion(), name, country, type);
    }
}
