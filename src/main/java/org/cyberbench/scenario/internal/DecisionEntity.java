package org.cyberbench.scenario.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A team's decision; the unique key (team, decision) makes it count once whatever is clicked. */
@Entity
@Table(name = "run_decision")
public class DecisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "decision_id", nullable = false, length = 100)
    private String decisionId;

    @Column(name = "option_id", nullable = false, length = 20)
    private String optionId;

    @Column(nullable = false, length = 30)
    private String role;

    @Column(name = "participant_id", nullable = false)
    private long participantId;

    @Column(columnDefinition = "text")
    private String justification;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected DecisionEntity() {
    }

    public DecisionEntity(long teamId, String decisionId, String optionId, String role, long participantId,
            String justification, Instant decidedAt) {
        this.teamId = teamId;
        this.decisionId = decisionId;
        this.optionId = optionId;
        this.role = role;
        this.participantId = participantId;
        this.justification = justification;
        this.decidedAt = decidedAt;
    }

    public long getTeamId() {
        return teamId;
    }

    public String getDecisionId() {
        return decisionId;
    }

    public String getOptionId() {
        return optionId;
    }

    public String getRole() {
        return role;
    }

    public String getJustification() {
        return justification;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
