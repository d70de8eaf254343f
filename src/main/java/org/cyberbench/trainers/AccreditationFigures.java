package org.cyberbench.trainers;

import java.time.LocalDate;
import java.util.List;
import org.cyberbench.identity.CurrentUser;
import org.cyberbench.trainers.internal.AccreditationRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accreditations counted and listed for dashboards, reminders and a person's own record. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AccreditationFigures {

    private final AccreditationRepository repository;
    private final Accreditations accreditations;
    private final CurrentUser currentUser;

    AccreditationFigures(AccreditationRepository repository, Accreditations accreditations, CurrentUser currentUser) {
        this.repository = repository;
        this.accreditations = accreditations;
        this.currentUser = currentUser;
    }

    public record AccreditationCount(AccreditationStatus status, TrainerLevel level, long count) {
    }

    /** An institution's current accreditations counted by status and level (a renewed one counts once). */
    @PreAuthorize("hasRole('ADMIN') or @identityAccess.isInstitutionAdminOf(#institutionId)")
    public List<AccreditationCount> accreditationCounts(long institutionId) {
        return repository.statusCounts(institutionId, accreditations.today(), accreditations.horizon()).stream()
                .map(row -> new AccreditationCount(AccreditationStatus.valueOf(row.getStatus()), row.getLevel(), row.getTotal())).toList();
    }

    /**
     * Accreditations that are expiring (see {@code ExpiryWarning}) and that nothing replaces (not revoked, no later
     * accreditation of the same person, course and level): of one institution or (administrators, reminders) of all.
     */
    @PreAuthorize("hasRole('ADMIN') or (#institutionId != null and @identityAccess.isInstitutionAdminOf(#institutionId))")
    public List<Accreditation> expiring(Long institutionId) {
        LocalDate today = accreditations.today();
        return accreditations.named(repository.expiringBetween(institutionId, null, today, accreditations.horizon()));
    }

    /** The signed-in person's own accreditations that are expiring and that nothing replaces. */
    public List<Accreditation> myExpiring() {
        LocalDate today = accreditations.today();
        return accreditations.named(repository.expiringBetween(null, currentUser.requireId(), today, accreditations.horizon()));
    }

    /** The signed-in person's own accreditations. */
    public List<Accreditation> mine() {
        return accreditations.of(currentUser.requireId());
    }
}
