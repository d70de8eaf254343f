package org.cyberbench.identity;

import java.util.Objects;
import org.cyberbench.identity.internal.UserEntity;
import org.cyberbench.identity.internal.UserRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data-scoping rules used in {@code @PreAuthorize} expressions as {@code @identityAccess}:
 * a user sees themselves; an institution admin sees the members of their own institution only.
 */
@Component("identityAccess")
public class IdentityAccess {

    private final CurrentUser currentUser;
    private final UserRepository users;

    IdentityAccess(CurrentUser currentUser, UserRepository users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    @Transactional(readOnly = true)
    public boolean canView(long userId) {
        Long me = currentUser.id().orElse(null);
        if (me == null) {
            return false;
        }
        if (me == userId) {
            return true;
        }
        Long target = users.findById(userId).map(UserEntity::getInstitutionId).orElse(null);
        return target != null && isInstitutionAdminOf(target);
    }

    @Transactional(readOnly = true)
    public boolean isInstitutionAdminOf(long institutionId) {
        if (!currentUser.hasRole(Role.INSTITUTION_ADMIN)) {
            return false;
        }
        return currentUser.id().flatMap(users::findById)
                .map(me -> Objects.equals(me.getInstitutionId(), institutionId))
                .orElse(false);
    }
}
