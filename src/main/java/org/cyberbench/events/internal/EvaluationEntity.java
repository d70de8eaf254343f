package org.cyberbench.events.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cyberbench.events.EvaluationForm;

@Entity
@Table(name = "event_evaluation")
public class EvaluationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false)
    private int relevance;

    @Column(nullable = false)
    private int quality;

    @Column(nullable = false)
    private int practical;

    @Column(columnDefinition = "text")
    private String comment;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected EvaluationEntity() {
    }

    public EvaluationEntity(long eventId, long userId, EvaluationForm form, Instant now) {
        this.eventId = eventId;
        this.userId = userId;
        this.relevance = form.relevance();
        this.quality = form.quality();
        this.practical = form.practical();
        this.comment = form.comment() == null || form.comment().isBlank() ? null : form.comment().strip();
        this.submittedAt = now;
    }

    public int getRelevance() {
        return relevance;
    }

    public int getQuality() {
        return quality;
    }

    public int getPractical() {
        return practical;
    }

    public String getComment() {
        return comment;
    }
}
