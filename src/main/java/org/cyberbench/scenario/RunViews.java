package org.cyberbench.scenario;

import java.time.Instant;
import java.util.List;
import org.cyberbench.scenario.ScenarioDefinition.Decision;
import org.cyberbench.scenario.ScenarioDefinition.Inject;
import org.cyberbench.scenario.ScenarioDefinition.PhaseDefinition;
import org.cyberbench.scenario.ScenarioDefinition.RoleDefinition;
import org.cyberbench.scenario.ScenarioEngine.Choice;

/** What the screens of a run show, built from the stored state by the engine. */
public final class RunViews {

    private RunViews() {
    }

    public record Run(long id, String code, ScenarioDefinition scenario, RunStatus status, int phase, Instant phaseStartedAt,
            boolean guestsAllowed, boolean participantsChoose, String notes) {

        public PhaseDefinition currentPhase() {
            return scenario.phases().get(Math.min(phase, scenario.phases().size() - 1));
        }

        /** Whole minutes left of the current phase's suggested time (negative when over), if the phase has started. */
        public java.util.OptionalLong minutesLeft(Instant now) {
            if (phaseStartedAt == null || status != RunStatus.RUNNING) {
                return java.util.OptionalLong.empty();
            }
            long elapsed = java.time.Duration.between(phaseStartedAt, now).toMinutes();
            return java.util.OptionalLong.of(currentPhase().minutes() - elapsed);
        }
    }

    public record Team(long id, String name, List<Member> members, List<Choice> choices) {
    }

    public record Member(long id, String name, Long teamId, String role) {
    }

    /**
     * A participant's screen: their role's briefing, what they have seen, what they must decide, what they know of
     * colleagues; and, when they may pick their own team and role, the teams with who holds which role.
     */
    public record Participant(Run run, Member me, String teamName, RoleDefinition role, List<Inject> injects,
            List<Decision> openDecisions, List<Choice> knownChoices, List<Team> choosableTeams) {
    }

    /** The trainer's console: every team's members and decisions. */
    public record Console(Run run, List<Team> teams, List<Member> unassigned) {
    }
}
