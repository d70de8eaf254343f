package org.cyberbench.events.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Set;
import org.cyberbench.events.EventForm;
import org.cyberbench.events.EventFormat;
import org.cyberbench.events.RegistrationMode;
import org.cyberbench.shared.AbstractEntity;

@Entity
@Table(name = "training_event")
public class EventEntity extends AbstractEntity {

    @Column(name = "institution_id", nullable = false)
    private long institutionId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "course_slug", length = 100)
    private String courseSlug;

    @Column(name = "scenario_slug", length = 100)
    private String scenarioSlug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EventFormat format;

    /** Stored in UTC; shown in the event's own time zone. */
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(length = 300)
    private String place;

    @Column(name = "online_link", length = 500)
    private String onlineLink;

    @Column(nullable = false)
    private int capacity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegistrationMode registration;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(nullable = false)
    private boolean cancelled;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_trainer", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "user_id")
    private Set<Long> trainerIds = new HashSet<>();

    protected EventEntity() {
    }

    public EventEntity(long institutionId, long createdBy, Instant now) {
        this.institutionId = institutionId;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void update(EventForm form) {
        ZoneId zone = ZoneId.of(form.timeZone());
        this.title = form.title().strip();
        this.courseSlug = blankToNull(form.courseSlug());
        this.scenarioSlug = blankToNull(form.scenarioSlug());
        this.format = form.format();
        this.startsAt = form.startsAt().atZone(zone).toInstant();
        this.endsAt = form.endsAt().atZone(zone).toInstant();
        this.timeZone = zone.getId();
        this.place = blankToNull(form.place());
        this.onlineLink = blankToNull(form.onlineLink());
        this.capacity = form.capacity();
        this.registration = form.registration();
        this.language = form.language();
        this.trainerIds.clear();
        this.trainerIds.addAll(form.trainerIds());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public EventForm toForm() {
        ZoneId zone = ZoneId.of(timeZone);
        return new EventForm(title, courseSlug, scenarioSlug, format, LocalDateTime.ofInstant(startsAt, zone),
                LocalDateTime.ofInstant(endsAt, zone), timeZone, place, onlineLink, capacity, registration, language, Set.copyOf(trainerIds));
    }

    public long getInstitutionId() {
        return institutionId;
    }

    public String getTitle() {
        return title;
    }

    public String getCourseSlug() {
        return courseSlug;
    }

    public String getScenarioSlug() {
        return scenarioSlug;
    }

    public EventFormat getFormat() {
        return format;
    }

    public ZonedDateTime getStartsAt() {
        return startsAt.atZone(ZoneId.of(timeZone));
    }

    public ZonedDateTime getEndsAt() {
        return endsAt.atZone(ZoneId.of(timeZone));
    }

    public Instant endInstant() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public int getCapacity() {
        return capacity;
    }

    public RegistrationMode getRegistration() {
        return registration;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public void cancel() {
        this.cancelled = true;
    }

    public Set<Long> getTrainerIds() {
        return Set.copyOf(trainerIds);
    }
}
