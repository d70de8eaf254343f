package org.cyberbench.trainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cyberbench.trainers.PathwayRules.Evidence;
import org.cyberbench.trainers.PathwayRules.Step;
import org.junit.jupiter.api.Test;

class PathwayRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final Pathway pathway = new Pathway("intro", "train-the-trainer", 2, 3, 24, 3);

    @Test
    void aCandidateNeedsTheCertificateAndEnoughWellRatedObservedSessions() {
        assertThat(PathwayRules.mayBeAccredited(pathway, new Evidence(false, List.of(5, 5), Optional.empty(), 0), TODAY))
                .as("no train-the-trainer certificate").isFalse();
        assertThat(PathwayRules.mayBeAccredited(pathway, new Evidence(true, List.of(5), Optional.empty(), 0), TODAY))
                .as("one observed session of two").isFalse();
        assertThat(PathwayRules.mayBeAccredited(pathway, new Evidence(true, List.of(5, 2, 1), Optional.empty(), 0), TODAY))
                .as("sessions rated below the minimum do not count").isFalse();
        assertThat(PathwayRules.mayBeAccredited(pathway, new Evidence(true, List.of(3, 2, 4), Optional.empty(), 0), TODAY)).isTrue();
    }

    @Test
    void theStepsSayHowFarAlongACandidateIs() {
        List<PathwayRules.StepStatus> steps = PathwayRules.steps(pathway, new Evidence(true, List.of(4, 1), Optional.empty(), 0), TODAY);
        assertThat(steps).containsExactly(
                new PathwayRules.StepStatus(Step.TRAIN_THE_TRAINER_CERTIFICATE, true, 1, 1),
                new PathwayRules.StepStatus(Step.OBSERVED_SESSIONS, false, 1, 2));
    }

    @Test
    void renewalNeedsSessionsDeliveredInThePeriodAndExtendsFromTheOldExpiry() {
        Accreditation current = accreditation(TODAY.minusMonths(22), TODAY.plusMonths(2), false);
        assertThat(PathwayRules.steps(pathway, new Evidence(false, List.of(), Optional.of(current), 2), TODAY))
                .containsExactly(new PathwayRules.StepStatus(Step.RENEWAL_SESSIONS, false, 2, 3));
        assertThat(PathwayRules.mayBeAccredited(pathway, new Evidence(false, List.of(), Optional.of(current), 3), TODAY)).isTrue();
        assertThat(PathwayRules.expiry(pathway, Optional.of(current), TODAY)).isEqualTo(TODAY.plusMonths(2).plusMonths(24));
        assertThat(PathwayRules.expiry(pathway, Optional.empty(), TODAY)).isEqualTo(TODAY.plusMonths(24));
        Accreditation lapsed = accreditation(TODAY.minusMonths(30), TODAY.minusMonths(6), false);
        assertThat(PathwayRules.expiry(pathway, Optional.of(lapsed), TODAY)).as("a lapsed accreditation renews from today")
                .isEqualTo(TODAY.plusMonths(24));
    }

    @Test
    void aRevokedAccreditationMeansStartingThePathwayAgain() {
        Accreditation revoked = accreditation(TODAY.minusMonths(3), TODAY.plusMonths(21), true);
        assertThat(PathwayRules.steps(pathway, new Evidence(false, List.of(), Optional.of(revoked), 10), TODAY))
                .extracting(PathwayRules.StepStatus::step).containsExactly(Step.TRAIN_THE_TRAINER_CERTIFICATE, Step.OBSERVED_SESSIONS);
    }

    @Test
    void anAccreditationIsExpiringUpToTheWarningHorizonOfNinetyDaysByDefault() {
        LocalDate horizon = new org.cyberbench.shared.ExpiryWarning(java.time.Duration.ofDays(90)).horizon(TODAY);
        assertThat(horizon).isEqualTo(TODAY.plusDays(90));
        assertThat(AccreditationStatus.of(false, TODAY.plusDays(91), TODAY, horizon)).isEqualTo(AccreditationStatus.VALID);
        assertThat(AccreditationStatus.of(false, TODAY.plusDays(90), TODAY, horizon)).isEqualTo(AccreditationStatus.EXPIRING);
        assertThat(AccreditationStatus.of(false, TODAY, TODAY, horizon)).isEqualTo(AccreditationStatus.EXPIRED);
        assertThat(AccreditationStatus.of(true, TODAY.plusYears(1), TODAY, horizon)).isEqualTo(AccreditationStatus.REVOKED);
        assertThatThrownBy(() -> new org.cyberbench.shared.ExpiryWarning(java.time.Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPathwayRefusesNonsense() {
        assertThatThrownBy(() -> new Pathway("intro", "ttt", 2, 6, 24, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Pathway("intro", "ttt", -1, 3, 24, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Pathway("intro", "ttt", 2, 3, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Accreditation accreditation(LocalDate on, LocalDate expires, boolean revoked) {
        return new Accreditation(1, 2, "T", "intro", TrainerLevel.TRAINER, 3, "M", on, expires, revoked, AccreditationStatus.VALID);
    }
}
