package org.cyberbench.trainers.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A master trainer's observation of a candidate's co-delivered session: written once, never edited. */
@Entity
@Table(name = "trainer_observation")
public class ObservationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "candidate_id", nullable = false)
    private long candidateId;

    @Column(name = "observer_id", nullable = false)
    private long observerId;

    @Column(name = "course_slug", nullable = false, length = 100)
    private String courseSlug;

    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "delivered_on", nullable = false)
    private LocalDate deliveredOn;

    @Column(nullable = false)
    private int rating;

    @Column(nullable = false, columnDefinition = "text")
    private String feedback;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ObservationEntity() {
    }

    public ObservationEntity(long candidateId, long observerId, String courseSlug, Long eventId, LocalDate deliveredOn, int rating,
            String feedback, Instant now) {
        this.candidateId = candidateId;
        this.observerId = observerId;
        this.courseSlug = courseSlug;
        this.eventId = eventId;
        this.deliveredOn = deliveredOn;
        this.rating = rating;
        this.feedback = feedback;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getCandidateId() {
        return candidateId;
    }

    public long getObserverId() {
        return observerId;
    }

    public String getCourseSlug() {
        return courseSlug;
    }

    public Long getEventId() {
        return eventId;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public int getRating() {
        return rating;
    }

    public String getFeedback() {
        return feedback;
    }
}
