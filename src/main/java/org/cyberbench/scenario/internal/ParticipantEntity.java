package org.cyberbench.scenario.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cyberbench.shared.AbstractEntity;

/** Someone in a run: a signed-in user or a guest known by name and by a token kept in their browser. */
@Entity
@Table(name = "run_participant")
public class ParticipantEntity extends AbstractEntity {

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(name = "team_id")
    private Long teamId;

    @Column(length = 30)
    private String role;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(nullable = false, unique = true, length = 64)
    private String token;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected ParticipantEntity() {
    }

    public ParticipantEntity(long runId, Long userId, String displayName, String token, Instant now) {
        this.runId = runId;
        this.userId = userId;
        this.displayName = displayName;
        this.token = token;
        this.joinedAt = now;
    }

    public long getRunId() {
        return runId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public String getRole() {
        return role;
    }

    public void assign(Long teamId, String role) {
        this.teamId = teamId;
        this.role = role;
    }

    public Long getUserId() {
        return userId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getToken() {
        return token;
    }
}
