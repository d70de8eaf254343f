package org.cyberbench.trainers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cyberbench.events.TrainingFigures;
import org.cyberbench.identity.CurrentUser;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserService;
import org.cyberbench.trainers.internal.AccreditationRepository;
import org.cyberbench.trainers.internal.TrainerProfileRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The cascade of who accredited whom, with each trainer's reach, named for the screen and the dashboard. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class TrainerCascade {

    private final AccreditationRepository accreditations;
    private final TrainerProfileRepository profiles;
    private final TrainerAccess access;
    private final CurrentUser currentUser;
    private final UserService users;
    private final TrainingFigures events;

    TrainerCascade(AccreditationRepository accreditations, TrainerProfileRepository profiles, TrainerAccess access, CurrentUser currentUser,
            UserService users, TrainingFigures events) {
        this.accreditations = accreditations;
        this.profiles = profiles;
        this.access = access;
        this.currentUser = currentUser;
        this.users = users;
        this.events = events;
    }

    /** A person in the cascade, named, with their level and reach. */
    public record CascadeNode(long personId, String name, TrainerLevel level, int directReach, int totalReach,
            List<CascadeNode> children) {
    }

    public record CascadeView(List<CascadeNode> roots, long institutionReach) {
    }

    /** The cascade of an institution's accreditations (or, for an administrator with no institution, all). */
    public CascadeView cascade(Long institutionId) {
        if (institutionId == null ? !currentUser.hasRole(Role.ADMIN) : !access.canSupervise(institutionId)) {
            throw new AccessDeniedException("Not your institution");
        }
        List<Cascade.Edge> edges = institutionId == null ? accreditations.edges() : accreditations.edgesOf(institutionId);
        Cascade cascade = Cascade.build(edges, events.trainedBy(institutionId));
        Set<Long> people = new HashSet<>();
        collect(cascade.roots(), people);
        Map<Long, String> names = users.names(people);
        Map<Long, TrainerLevel> levels = new HashMap<>();
        profiles.findByUserIdIn(people).forEach(p -> levels.put(p.getUserId(), p.getLevel()));
        long reach = institutionId == null ? cascade.roots().stream().mapToLong(Cascade.Node::totalReach).sum()
                : events.peopleTrained(institutionId);
        return new CascadeView(cascade.roots().stream().map(n -> named(n, names, levels)).toList(), reach);
    }

    private static void collect(List<Cascade.Node> nodes, Set<Long> into) {
        ArrayList<Cascade.Node> todo = new ArrayList<>(nodes);
        while (!todo.isEmpty()) {
            Cascade.Node node = todo.removeLast();
            into.add(node.personId());
            todo.addAll(node.children());
        }
    }

    private static CascadeNode named(Cascade.Node node, Map<Long, String> names, Map<Long, TrainerLevel> levels) {
        return new CascadeNode(node.personId(), names.getOrDefault(node.personId(), "?"), levels.get(node.personId()), node.directReach(),
                node.totalReach(), node.children().stream().map(c -> named(c, names, levels)).toList());
    }
}
