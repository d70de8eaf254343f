package org.cyberbench.tracking.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** An expiry reminder sent by e-mail: one per certificate or accreditation, ever. */
@Entity
@Table(name = "expiry_reminder")
public class ReminderEntity {

    @Embeddable
    public record Key(@Column(name = "kind", length = 20) String kind, @Column(name = "subject_id") long subjectId) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected ReminderEntity() {
    }

    public ReminderEntity(String kind, long subjectId, long userId, Instant sentAt) {
        this.key = new Key(kind, subjectId);
        this.userId = userId;
        this.sentAt = sentAt;
    }
}
