package org.cyberbench.trainers;

/**
 * What an institution asks of a candidate before accrediting them to deliver a course: the
 * train-the-trainer course certificate, a number of co-delivered sessions observed by a master trainer
 * with at least a minimum rating (1–5); how long an accreditation lasts, and how many sessions a
 * trainer must deliver within that period to renew it.
 */
public record Pathway(String courseSlug, String trainTheTrainerCourse, int observedSessions, int minimumRating,
        int validityMonths, int renewalSessions) {

    public static final String TRAIN_THE_TRAINER_COURSE = "train-the-trainer";

    public Pathway {
        if (observedSessions < 0 || observedSessions > 20) {
            throw new IllegalArgumentException("observed sessions must be 0-20");
        }
        if (minimumRating < 1 || minimumRating > 5) {
            throw new IllegalArgumentException("minimum rating must be 1-5");
        }
        if (validityMonths < 1 || validityMonths > 120) {
            throw new IllegalArgumentException("validity must be 1-120 months");
        }
        if (renewalSessions < 0 || renewalSessions > 50) {
            throw new IllegalArgumentException("renewal sessions must be 0-50");
        }
    }

    /** What applies where an institution has not set its own pathway for a course. */
    public static Pathway standard(String courseSlug) {
        return new Pathway(courseSlug, TRAIN_THE_TRAINER_COURSE, 2, 3, 36, 2);
    }
}
