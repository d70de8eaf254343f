package org.cyberbench.scenario.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cyberbench.scenario.RunStatus;
import org.cyberbench.shared.AbstractEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "scenario_run")
public class RunEntity extends AbstractEntity {

    @Column(name = "scenario_version_id", nullable = false)
    private long scenarioVersionId;

    @Column(name = "trainer_id", nullable = false)
    private long trainerId;

    @Column(name = "join_code", nullable = false, unique = true, length = 12)
    private String joinCode;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private RunStatus status;

    @Column(nullable = false)
    private int phase;

    @Column(name = "phase_started_at")
    private Instant phaseStartedAt;

    @Column(name = "guests_allowed", nullable = false)
    private boolean guestsAllowed;

    @Column(name = "participants_choose", nullable = false)
    private boolean participantsChoose;

    @Column(name = "trainer_notes", columnDefinition = "text")
    private String trainerNotes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected RunEntity() {
    }

    public RunEntity(long scenarioVersionId, long trainerId, String joinCode, boolean guestsAllowed, boolean participantsChoose,
            Instant now) {
        this.scenarioVersionId = scenarioVersionId;
        this.trainerId = trainerId;
        this.joinCode = joinCode;
        this.guestsAllowed = guestsAllowed;
        this.participantsChoose = participantsChoose;
        this.status = RunStatus.WAITING;
        this.createdAt = now;
    }

    public long getScenarioVersionId() {
        return scenarioVersionId;
    }

    public long getTrainerId() {
        return trainerId;
    }

    public String getJoinCode() {
        return joinCode;
    }

    public RunStatus getStatus() {
        return status;
    }

    public void setStatus(RunStatus status) {
        this.status = status;
    }

    public int getPhase() {
        return phase;
    }

    public void startPhase(int phase, Instant now) {
        this.phase = phase;
        this.phaseStartedAt = now;
    }

    public Instant getPhaseStartedAt() {
        return phaseStartedAt;
    }

    public boolean isGuestsAllowed() {
        return guestsAllowed;
    }

    public boolean isParticipantsChoose() {
        return participantsChoose;
    }

    public String getTrainerNotes() {
        return trainerNotes;
    }

    public void setTrainerNotes(String trainerNotes) {
        this.trainerNotes = trainerNotes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void close(Instant now) {
        this.status = RunStatus.CLOSED;
        this.closedAt = now;
    }
}
