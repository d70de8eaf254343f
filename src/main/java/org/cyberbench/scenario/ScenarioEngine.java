package org.cyberbench.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cyberbench.scenario.ScenarioDefinition.Decision;
import org.cyberbench.scenario.ScenarioDefinition.Inject;
import org.cyberbench.scenario.ScenarioDefinition.Justification;
import org.cyberbench.scenario.ScenarioDefinition.Option;
import org.cyberbench.scenario.ScenarioDefinition.PhaseDefinition;

/**
 * The rules of a scenario run, as pure functions of the scenario and a team's state, so that any
 * screen can be rebuilt from the stored state alone: after a reload, a lost connection, a new device
 * or a server restart, a participant sees exactly what they saw before.
 */
public final class ScenarioEngine {

    private ScenarioEngine() {
    }

    /** A team's progress: the phase the run is in, the choices made (by decision id), injects the trainer revealed. */
    public record TeamState(int phase, Map<String, Choice> choices, Set<String> revealed) {
    }

    public record Choice(String decisionId, String optionId, String role, String justification) {
    }

    public enum Outcome {
        RECORDED, ALREADY_DECIDED, NOT_YOUR_ROLE, NOT_OPEN, UNKNOWN_OPTION, JUSTIFICATION_REQUIRED;

        public String messageKey() {
            return "play.outcome." + name();
        }
    }

    /** What happened to a decision, and the choice that stands. */
    public record DecideResult(Outcome outcome, Choice choice) {
    }

    /** A decision as taken, against the recommended option, for the debrief. */
    public record DecisionOutcome(Decision decision, Optional<Choice> choice, Option chosen, Option recommended) {

        public boolean followedRecommendation() {
            return chosen != null && chosen.id().equals(recommended.id());
        }
    }

    public record Score(int points, int maximum, List<DecisionOutcome> decisions) {
    }

    /** The injects a role has seen so far: in phases up to the current one, meant for it or revealed, and whose condition holds. */
    public static List<Inject> injectsFor(ScenarioDefinition scenario, TeamState team, String role) {
        List<Inject> visible = new ArrayList<>();
        for (int i = 0; i <= Math.min(team.phase(), scenario.phases().size() - 1); i++) {
            for (Inject inject : scenario.phases().get(i).injects()) {
                boolean audience = inject.isFor(role) || team.revealed().contains(inject.id());
                boolean condition = inject.when() == null || team.choices().containsKey(inject.when().decision())
                        && team.choices().get(inject.when().decision()).optionId().equals(inject.when().option());
                if (audience && condition) {
                    visible.add(inject);
                }
            }
        }
        return visible;
    }

    /** The decisions of the current phase that belong to the role and are not taken yet. */
    public static List<Decision> openDecisions(ScenarioDefinition scenario, TeamState team, String role) {
        if (team.phase() >= scenario.phases().size()) {
            return List.of();
        }
        return scenario.phases().get(team.phase()).decisions().stream()
                .filter(d -> d.role().equals(role) && !team.choices().containsKey(d.id()))
                .toList();
    }

    /** The choices a role knows about: its own, and those its colleagues' decisions make visible to it. */
    public static List<Choice> knownChoices(ScenarioDefinition scenario, TeamState team, String role) {
        return team.choices().values().stream().filter(choice -> scenario.decision(choice.decisionId())
                .map(d -> d.role().equals(role) || d.visibleTo().contains(role)).orElse(false)).toList();
    }

    /**
     * Records a decision. The first choice stands: a second click, a resubmission or another member
     * of the team answering the same decision changes nothing and is told so.
     */
    public static DecideResult decide(ScenarioDefinition scenario, TeamState team, String role, String decisionId,
            String optionId, String justification) {
        Choice existing = team.choices().get(decisionId);
        if (existing != null) {
            return new DecideResult(Outcome.ALREADY_DECIDED, existing);
        }
        Optional<Decision> decision = scenario.decision(decisionId);
        if (decision.isEmpty() || scenario.phaseOf(decisionId) != team.phase()) {
            return new DecideResult(Outcome.NOT_OPEN, null);
        }
        if (!decision.get().role().equals(role)) {
            return new DecideResult(Outcome.NOT_YOUR_ROLE, null);
        }
        if (decision.get().option(optionId).isEmpty()) {
            return new DecideResult(Outcome.UNKNOWN_OPTION, null);
        }
        String reason = justification == null ? null : justification.strip();
        if (decision.get().justification() == Justification.REQUIRED && (reason == null || reason.isEmpty())) {
            return new DecideResult(Outcome.JUSTIFICATION_REQUIRED, null);
        }
        return new DecideResult(Outcome.RECORDED, new Choice(decisionId, optionId, role, reason == null || reason.isEmpty() ? null : reason));
    }

    /** Points of the options chosen, against the points of the recommended ones, decision by decision. */
    public static Score score(ScenarioDefinition scenario, TeamState team) {
        int points = 0;
        int maximum = 0;
        List<DecisionOutcome> outcomes = new ArrayList<>();
        for (PhaseDefinition phase : scenario.phases()) {
            for (Decision decision : phase.decisions()) {
                Option recommended = decision.recommended();
                Optional<Choice> choice = Optional.ofNullable(team.choices().get(decision.id()));
                Option chosen = choice.flatMap(c -> decision.option(c.optionId())).orElse(null);
                maximum += recommended.score();
                points += chosen == null ? 0 : chosen.score();
                outcomes.add(new DecisionOutcome(decision, choice, chosen, recommended));
            }
        }
        return new Score(points, maximum, outcomes);
    }
}
