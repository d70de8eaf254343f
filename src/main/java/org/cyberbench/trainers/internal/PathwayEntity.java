package org.cyberbench.trainers.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.cyberbench.shared.AbstractEntity;
import org.cyberbench.trainers.Pathway;

@Entity
@Table(name = "trainer_pathway")
public class PathwayEntity extends AbstractEntity {

    @Column(name = "institution_id", nullable = false)
    private long institutionId;

    @Column(name = "course_slug", nullable = false, length = 100)
    private String courseSlug;

    @Column(name = "ttt_course_slug", nullable = false, length = 100)
    private String trainTheTrainerCourse;

    @Column(name = "observed_sessions", nullable = false)
    private int observedSessions;

    @Column(name = "minimum_rating", nullable = false)
    private int minimumRating;

    @Column(name = "validity_months", nullable = false)
    private int validityMonths;

    @Column(name = "renewal_sessions", nullable = false)
    private int renewalSessions;

    protected PathwayEntity() {
    }

    public PathwayEntity(long institutionId, String courseSlug) {
        this.institutionId = institutionId;
        this.courseSlug = courseSlug;
    }

    public void set(Pathway pathway) {
        this.trainTheTrainerCourse = pathway.trainTheTrainerCourse();
        this.observedSessions = pathway.observedSessions();
        this.minimumRating = pathway.minimumRating();
        this.validityMonths = pathway.validityMonths();
        this.renewalSessions = pathway.renewalSessions();
    }

    public Pathway toPathway() {
        return new Pathway(courseSlug, trainTheTrainerCourse, observedSessions, minimumRating, validityMonths, renewalSessions);
    }

    public long getInstitutionId() {
        return institutionId;
    }
}
