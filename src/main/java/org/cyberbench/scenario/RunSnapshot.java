package org.cyberbench.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cyberbench.scenario.ScenarioDefinition.RoleDefinition;
import org.cyberbench.scenario.ScenarioEngine.Choice;
import org.cyberbench.scenario.ScenarioEngine.TeamState;

/**
 * The whole state of a run read once (one transaction, a handful of queries): every screen of the
 * run builds its own view from it in memory, so a change costs one read however many phones watch.
 * A participant's view holds only what their role may see; the console everything.
 */
public record RunSnapshot(RunViews.Run run, List<RunViews.Member> people, List<TeamRow> teams, Set<String> revealed) {

    /** A team with its recorded decisions (by decision id). */
    public record TeamRow(long id, String name, Map<String, Choice> choices) {
    }

    public RunViews.Console console() {
        List<RunViews.Member> unassigned = people.stream().filter(p -> p.teamId() == null || p.role() == null).toList();
        return new RunViews.Console(run, teams(true), unassigned);
    }

    /** One participant's screen; empty if they are not in this run. */
    public Optional<RunViews.Participant> participant(long participantId) {
        return people.stream().filter(p -> p.id() == participantId).findFirst().map(this::participant);
    }

    RunViews.Participant participant(RunViews.Member me) {
        ScenarioDefinition scenario = run.scenario();
        List<RunViews.Team> choosable = canChoose(run, me) ? teams(false) : List.of();
        if (me.teamId() == null || me.role() == null) {
            return new RunViews.Participant(run, me, null, null, List.of(), List.of(), List.of(), choosable);
        }
        Optional<TeamRow> team = teams.stream().filter(t -> t.id() == me.teamId()).findFirst();
        String teamName = team.map(TeamRow::name).orElse("");
        RoleDefinition role = scenario.roles().stream().filter(r -> r.id().equals(me.role())).findFirst().orElse(null);
        if (run.status() == RunStatus.WAITING) {
            return new RunViews.Participant(run, me, teamName, role, List.of(), List.of(), List.of(), choosable);
        }
        TeamState state = state(team.map(TeamRow::choices).orElse(Map.of()));
        boolean open = run.status() == RunStatus.RUNNING;
        return new RunViews.Participant(run, me, teamName, role,
                ScenarioEngine.injectsFor(scenario, state, me.role()),
                open ? ScenarioEngine.openDecisions(scenario, state, me.role()) : List.of(),
                ScenarioEngine.knownChoices(scenario, state, me.role()), choosable);
    }

    /** The engine's state of one team: the run's phase, the team's decisions, the injects revealed to the run. */
    private TeamState state(Map<String, Choice> choices) {
        return new TeamState(run.phase(), new java.util.HashMap<>(choices), new java.util.HashSet<>(revealed));
    }

    /** Participants pick their own seat when the trainer lets them: freely until the start, then only without one. */
    static boolean canChoose(RunViews.Run run, RunViews.Member me) {
        return run.participantsChoose() && (run.status() == RunStatus.WAITING
                || run.status() != RunStatus.CLOSED && (me.teamId() == null || me.role() == null));
    }

    /** Each team with its members; the decisions only for the trainer's console. */
    private List<RunViews.Team> teams(boolean withChoices) {
        return teams.stream().map(team -> new RunViews.Team(team.id(), team.name(),
                people.stream().filter(p -> Long.valueOf(team.id()).equals(p.teamId())).toList(),
                withChoices ? List.copyOf(team.choices().values()) : List.of())).toList();
    }
}
