package org.cyberbench.trainers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pathway rules, as pure functions: which steps a candidate has done, whether they may be
 * accredited now, and whether a trainer's accreditation may be renewed.
 */
public final class PathwayRules {

    private PathwayRules() {
    }

    /** What is known about a person for one course. */
    public record Evidence(boolean holdsTrainTheTrainerCertificate, List<Integer> observationRatings,
            Optional<Accreditation> current, int sessionsDeliveredSinceAccreditation) {
    }

    public enum Step {
        TRAIN_THE_TRAINER_CERTIFICATE, OBSERVED_SESSIONS, RENEWAL_SESSIONS;

        public String labelKey() {
            return "pathway.step." + name();
        }
    }

    /** One step: done or not, with how far along (e.g. 1 of 2 sessions). */
    public record StepStatus(Step step, boolean done, int have, int need) {
    }

    /** The steps that matter now: first accreditation, or renewal for someone already accredited. */
    public static List<StepStatus> steps(Pathway pathway, Evidence evidence, LocalDate today) {
        List<StepStatus> steps = new ArrayList<>();
        Optional<Accreditation> current = evidence.current().filter(a -> !a.revoked());
        if (current.isPresent()) {
            int need = pathway.renewalSessions();
            steps.add(new StepStatus(Step.RENEWAL_SESSIONS, evidence.sessionsDeliveredSinceAccreditation() >= need,
                    evidence.sessionsDeliveredSinceAccreditation(), need));
            return steps;
        }
        steps.add(new StepStatus(Step.TRAIN_THE_TRAINER_CERTIFICATE, evidence.holdsTrainTheTrainerCertificate(),
                evidence.holdsTrainTheTrainerCertificate() ? 1 : 0, 1));
        int good = (int) evidence.observationRatings().stream().filter(r -> r >= pathway.minimumRating()).count();
        steps.add(new StepStatus(Step.OBSERVED_SESSIONS, good >= pathway.observedSessions(), good, pathway.observedSessions()));
        return steps;
    }

    public static boolean mayBeAccredited(Pathway pathway, Evidence evidence, LocalDate today) {
        return steps(pathway, evidence, today).stream().allMatch(StepStatus::done);
    }

    /** An accreditation granted today lasts the pathway's validity; a renewal starts when the old one ends, if later. */
    public static LocalDate expiry(Pathway pathway, Optional<Accreditation> current, LocalDate today) {
        LocalDate from = current.filter(a -> !a.revoked() && a.expiresOn().isAfter(today)).map(Accreditation::expiresOn).orElse(today);
        return from.plusMonths(pathway.validityMonths());
    }
}
