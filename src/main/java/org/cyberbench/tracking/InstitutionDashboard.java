package org.cyberbench.tracking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.cyberbench.events.TrainingEvents;
import org.cyberbench.institutions.Institution;
import org.cyberbench.institutions.InstitutionService;
import org.cyberbench.learning.CertificateService;
import org.cyberbench.trainers.Accreditation;
import org.cyberbench.trainers.TrainerService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everything an institution's dashboard shows, gathered from the modules that own the data; for its admin only. */
@Service
@Transactional(readOnly = true)
public class InstitutionDashboard {

    /** How far back the "over time" figures go. */
    public static final int MONTHS_BACK = 24;

    private final InstitutionService institutions;
    private final CertificateService certificates;
    private final TrainerService trainers;
    private final TrainingEvents events;
    private final Clock clock;

    InstitutionDashboard(InstitutionService institutions, CertificateService certificates, TrainerService trainers, TrainingEvents events,
            Clock clock) {
        this.institutions = institutions;
        this.certificates = certificates;
        this.trainers = trainers;
        this.events = events;
        this.clock = clock;
    }

    public record Dashboard(Institution institution, List<CertificateService.StatusCount> certificates,
            List<TrainerService.AccreditationCount> accreditations, List<TrainerService.TrainerSummary> trainers,
            TrainerService.CascadeView cascade, List<TrainingEvents.TrainedCount> trained, List<TrainingEvents.EventFigures> events,
            List<CertificateService.Expiring> expiringCertificates, List<Accreditation> expiringAccreditations) {
    }

    @PreAuthorize("hasRole('ADMIN') or @identityAccess.isInstitutionAdminOf(#institutionId)")
    public Dashboard dashboard(long institutionId) {
        LocalDate since = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusMonths(MONTHS_BACK).withDayOfMonth(1);
        return new Dashboard(institutions.get(institutionId), certificates.statusCounts(institutionId),
                trainers.accreditationCounts(institutionId), trainers.trainers(institutionId), trainers.cascade(institutionId),
                events.trainedByMonth(institutionId, since), events.eventFigures(institutionId, since),
                certificates.expiring(institutionId), trainers.expiring(institutionId));
    }
}
