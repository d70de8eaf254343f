package org.cyberbench.tracking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import jakarta.annotation.PreDestroy;
import org.cyberbench.events.TrainingFigures;
import org.cyberbench.institutions.Institution;
import org.cyberbench.institutions.InstitutionService;
import org.cyberbench.learning.CertificateService;
import org.cyberbench.trainers.Accreditation;
import org.cyberbench.trainers.AccreditationFigures;
import org.cyberbench.trainers.TrainerCascade;
import org.cyberbench.trainers.TrainerService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** Everything an institution's dashboard shows, gathered from the modules that own the data; for its admin only. */
@Service
public class InstitutionDashboard {

    /** How far back the "over time" figures go. */
    public static final int MONTHS_BACK = 24;

    private final InstitutionService institutions;
    private final CertificateService certificates;
    private final TrainerService trainers;
    private final AccreditationFigures accreditationFigures;
    private final TrainerCascade cascades;
    private final TrainingFigures events;
    private final Clock clock;
    /** Runs the parts read beside the others, each as the user who asked for the dashboard. */
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

    InstitutionDashboard(InstitutionService institutions, CertificateService certificates, TrainerService trainers,
            AccreditationFigures accreditationFigures, TrainerCascade cascades, TrainingFigures events, Clock clock) {
        this.institutions = institutions;
        this.certificates = certificates;
        this.trainers = trainers;
        this.accreditationFigures = accreditationFigures;
        this.cascades = cascades;
        this.events = events;
        this.clock = clock;
    }

    public record Dashboard(Institution institution, List<CertificateService.StatusCount> certificates,
            List<AccreditationFigures.AccreditationCount> accreditations, List<TrainerService.TrainerSummary> trainers,
            TrainerCascade.CascadeView cascade, List<TrainingFigures.TrainedCount> trained, List<TrainingFigures.EventFigures> events,
            List<CertificateService.Expiring> expiringCertificates, List<Accreditation> expiringAccreditations) {
    }

    /**
     * The parts are independent reads: the two heaviest (certificates of every member) run beside the
     * others, each in its own read-only transaction and as the signed-in user (every part checks access
     * again), so that MariaDB answers on more than one core; one dashboard holds at most three connections.
     */
    @PreAuthorize("hasRole('ADMIN') or @identityAccess.isInstitutionAdminOf(#institutionId)")
    public Dashboard dashboard(long institutionId) {
        LocalDate since = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusMonths(MONTHS_BACK).withDayOfMonth(1);
        var statusCounts = part(() -> certificates.statusCounts(institutionId));
        var expiringCertificates = part(() -> certificates.expiring(institutionId));
        Institution institution = institutions.get(institutionId);
        var accreditations = accreditationFigures.accreditationCounts(institutionId);
        var trainerList = trainers.trainers(institutionId);
        var cascade = cascades.cascade(institutionId);
        var trained = events.trainedByMonth(institutionId, since);
        var figures = events.eventFigures(institutionId, since);
        var expiringAccreditations = accreditationFigures.expiring(institutionId);
        return new Dashboard(institution, join(statusCounts), accreditations, trainerList, cascade, trained, figures,
                join(expiringCertificates), expiringAccreditations);
    }

    private <T> CompletableFuture<T> part(Supplier<T> read) {
        org.springframework.security.core.Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return CompletableFuture.supplyAsync(() -> {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(user);
            SecurityContextHolder.setContext(context);
            try {
                return read.get();
            } finally {
                SecurityContextHolder.clearContext();
            }
        }, workers);
    }

    /** The part's result, or the part's own exception (access refused, not found) as the caller would have had it. */
    private static <T> T join(CompletableFuture<T> part) {
        try {
            return part.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
