package org.cyberbench.scenario;

import java.util.List;
import java.util.Optional;
import org.cyberbench.shared.LocalizedText;

/** A scenario as its files describe it: the case, the roles, the phases with injects and decisions, the debrief. */
public record ScenarioDefinition(
        String slug,
        int version,
        List<String> languages,
        int estimatedMinutes,
        LocalizedText title,
        LocalizedText summary,
        List<String> practises,
        List<RoleDefinition> roles,
        List<PhaseDefinition> phases,
        List<DebriefPoint> debrief) {

    public record RoleDefinition(String id, LocalizedText title, LocalizedText briefing) {
    }

    public record PhaseDefinition(String id, LocalizedText title, int minutes, LocalizedText narrative,
            List<Inject> injects, List<Decision> decisions) {
    }

    /** A new fact or document; {@code forRoles} empty means everyone; {@code when} makes it depend on an earlier choice. */
    public record Inject(String id, List<String> forRoles, String kind, LocalizedText title, LocalizedText body, Condition when) {

        public boolean isFor(String role) {
            return forRoles.isEmpty() || forRoles.contains(role);
        }
    }

    /** Shown only if the team chose {@code option} in {@code decision}. */
    public record Condition(String decision, String option) {
    }

    public record Decision(String id, String role, LocalizedText question, Justification justification,
            List<String> visibleTo, List<Option> options) {

        public Optional<Option> option(String optionId) {
            return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
        }

        public Option recommended() {
            return options.stream().filter(Option::recommended).findFirst().orElseThrow();
        }
    }

    public enum Justification { NONE, OPTIONAL, REQUIRED }

    public record Option(String id, boolean recommended, int score, String reference, LocalizedText text,
            LocalizedText consequence, LocalizedText feedback) {
    }

    public record DebriefPoint(String reference, LocalizedText text) {
    }

    public static final List<String> ROLE_IDS = List.of("police", "prosecutor", "judge", "defence", "contact_point",
            "central_authority");

    public Optional<Decision> decision(String decisionId) {
        return phases.stream().flatMap(p -> p.decisions().stream()).filter(d -> d.id().equals(decisionId)).findFirst();
    }

    public int phaseOf(String decisionId) {
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).decisions().stream().anyMatch(d -> d.id().equals(decisionId))) {
                return i;
            }
        }
        return -1;
    }
}
