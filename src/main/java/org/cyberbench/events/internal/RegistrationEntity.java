package org.cyberbench.events.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cyberbench.events.RegistrationStatus;
import org.cyberbench.shared.AbstractEntity;

@Entity
@Table(name = "event_registration")
public class RegistrationEntity extends AbstractEntity {

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegistrationStatus status;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    private Boolean attended;

    @Column(name = "attendance_at")
    private Instant attendanceAt;

    @Column(name = "attendance_by")
    private Long attendanceBy;

    @Column(name = "share_contact", nullable = false)
    private boolean shareContact;

    protected RegistrationEntity() {
    }

    public RegistrationEntity(long eventId, long userId, RegistrationStatus status, Instant now) {
        this.eventId = eventId;
        this.userId = userId;
        this.status = status;
        this.registeredAt = now;
    }

    public long getEventId() {
        return eventId;
    }

    public long getUserId() {
        return userId;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    /** A new status; joining the queue again (from cancelled or invited) counts from now. */
    public void setStatus(RegistrationStatus status, Instant now) {
        if (status != this.status && (status == RegistrationStatus.WAITLISTED || this.status == RegistrationStatus.CANCELLED)) {
            this.registeredAt = now;
        }
        this.status = status;
    }

    public Boolean getAttended() {
        return attended;
    }

    public void markAttendance(boolean present, Long by, Instant now) {
        this.attended = present;
        this.attendanceBy = by;
        this.attendanceAt = now;
    }

    public boolean isShareContact() {
        return shareContact;
    }

    public void setShareContact(boolean shareContact) {
        this.shareContact = shareContact;
    }
}
