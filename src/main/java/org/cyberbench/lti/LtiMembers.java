package org.cyberbench.lti;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import org.cyberbench.identity.CurrentUser;
import org.cyberbench.identity.Role;
import org.cyberbench.lti.internal.LmsRosters;
import org.cyberbench.shared.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The members of an LMS course (names and roles), read from the platform for a trainer: only for the
 * LMS courses the trainer launched Cyberbench from as a teacher; an administrator sees every one.
 */
@Service
@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
public class LtiMembers {

    /** An LMS course (context) that offers its roster, through one of its Cyberbench links. */
    public record LmsContext(long linkId, String platformName, String contextTitle, String linkTitle) {
    }

    /** A member as the platform lists them; roles as short names (Learner, Instructor); whether they have come to Cyberbench. */
    public record Member(String name, String email, List<String> roles, String status, boolean hasAccount) {
    }

    private final LmsRosters rosters;
    private final CurrentUser currentUser;

    LtiMembers(LmsRosters rosters, CurrentUser currentUser) {
        this.rosters = rosters;
        this.currentUser = currentUser;
    }

    public List<LmsContext> contexts() {
        return rosters.contexts(currentUser.hasRole(Role.ADMIN) ? null : currentUser.requireId());
    }

    public List<Member> members(long linkId) {
        if (contexts().stream().noneMatch(c -> c.linkId() == linkId)) {
            throw new org.springframework.security.access.AccessDeniedException("Not an LMS course you teach");
        }
        try {
            return rosters.members(linkId).stream().sorted(Comparator.comparing(m -> m.name() == null ? "" : m.name(),
                    String.CASE_INSENSITIVE_ORDER)).toList();
        } catch (IOException e) {
            throw new UserFacingException("lti.members.error");
        }
    }

    /** The last part of a role URI: "…/membership#Instructor" → "Instructor". */
    public static String shortRole(String role) {
        int hash = role.lastIndexOf('#');
        return hash >= 0 ? role.substring(hash + 1) : role.substring(role.lastIndexOf('/') + 1);
    }

}
