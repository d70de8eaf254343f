package org.cyberbench.trainers;

import java.time.LocalDate;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Objects;
import org.cyberbench.identity.CurrentUser;
import org.cyberbench.identity.IdentityAccess;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.identity.UserService;
import org.cyberbench.trainers.internal.AccreditationRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see and act on trainer records: a person on their own; an institution's admin (and administrators) on
 * the institution's trainers; a master trainer (accredited, not revoked, not expired) on the candidates and
 * trainers of their institution.
 */
@Component("trainerAccess")
@Transactional(readOnly = true)
public class TrainerAccess {

    private final AccreditationRepository accreditations;
    private final CurrentUser currentUser;
    private final IdentityAccess access;
    private final UserService users;
    private final Clock clock;

    TrainerAccess(AccreditationRepository accreditations, CurrentUser currentUser, IdentityAccess access, UserService users, Clock clock) {
        this.accreditations = accreditations;
        this.currentUser = currentUser;
        this.access = access;
        this.users = users;
        this.clock = clock;
    }

    /** Holds a master trainer accreditation that is neither revoked nor expired. */
    public boolean isMasterTrainer(long userId) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return accreditations.findByTrainerIdOrderByAccreditedOnDesc(userId).stream()
                .anyMatch(a -> a.getLevel() == TrainerLevel.MASTER_TRAINER && !a.isRevoked() && a.getExpiresOn().isAfter(today));
    }

    /** The signed-in person is an administrator or the admin of this institution. */
    public boolean isAdminOf(Long institutionId) {
        return currentUser.hasRole(Role.ADMIN) || institutionId != null && access.isInstitutionAdminOf(institutionId);
    }

    /** May see an institution's trainers: its admin, an administrator, or one of its master trainers. */
    public boolean canSupervise(long institutionId) {
        if (isAdminOf(institutionId)) {
            return true;
        }
        long me = currentUser.requireId();
        return isMasterTrainer(me) && Objects.equals(users.me().institutionId(), institutionId);
    }

    /** May see this person's trainer record. */
    public boolean mayView(UserAccount person) {
        long me = currentUser.requireId();
        return me == person.id() || isAdminOf(person.institutionId()) || isMasterTrainer(me);
    }

    /** May add candidates, observe or accredit someone: not on oneself, and only as a master trainer or the person's institution admin. */
    public boolean maySupervise(UserAccount person) {
        long me = currentUser.requireId();
        return me != person.id() && (isMasterTrainer(me) || isAdminOf(person.institutionId()));
    }
}
