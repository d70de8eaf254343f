package org.cyberbench.scenario;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cyberbench.identity.CurrentUser;
import org.cyberbench.identity.Role;
import org.cyberbench.scenario.ScenarioEngine.Choice;
import org.cyberbench.scenario.ScenarioEngine.TeamState;
import org.cyberbench.scenario.internal.DecisionEntity;
import org.cyberbench.scenario.internal.DecisionRepository;
import org.cyberbench.scenario.internal.ParticipantEntity;
import org.cyberbench.scenario.internal.RevealEntity;
import org.cyberbench.scenario.internal.RevealRepository;
import org.cyberbench.scenario.internal.RunEntity;
import org.cyberbench.scenario.internal.RunRepository;
import org.cyberbench.scenario.internal.ScenarioVersionRepository;
import org.cyberbench.shared.UserFacingException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Reads a stored run back into the engine's terms (its scenario, a team's state) and into the
 * records screens show, and finds a run its trainer owns. Shared by the live run and its debrief.
 */
@Component
class RunRecords {

    private final RunRepository runs;
    private final DecisionRepository decisions;
    private final RevealRepository reveals;
    private final ScenarioVersionRepository versions;
    private final CurrentUser currentUser;

    RunRecords(RunRepository runs, DecisionRepository decisions, RevealRepository reveals, ScenarioVersionRepository versions,
            CurrentUser currentUser) {
        this.runs = runs;
        this.decisions = decisions;
        this.reveals = reveals;
        this.versions = versions;
        this.currentUser = currentUser;
    }

    /** A team's state as the engine sees it: the phase, its decisions and the injects revealed so far. */
    TeamState state(RunEntity run, long teamId) {
        Set<String> revealed = reveals.findByRunId(run.getId()).stream().map(RevealEntity::getInjectId).collect(Collectors.toSet());
        Map<String, Choice> choices = new HashMap<>();
        for (DecisionEntity d : decisions.findByTeamId(teamId)) {
            choices.put(d.getDecisionId(), choice(d));
        }
        return new TeamState(run.getPhase(), choices, new HashSet<>(revealed));
    }

    ScenarioDefinition scenario(RunEntity run) {
        return versions.findById(run.getScenarioVersionId()).map(v -> ScenarioLibrary.summary(v).definition()).orElseThrow();
    }

    RunViews.Run run(RunEntity run) {
        return new RunViews.Run(run.getId(), run.getJoinCode(), scenario(run), run.getStatus(), run.getPhase(),
                run.getPhaseStartedAt(), run.isGuestsAllowed(), run.isParticipantsChoose(), run.getTrainerNotes());
    }

    /** The run, if the signed-in user is its trainer or an administrator. */
    RunEntity ownRun(long runId) {
        RunEntity run = runs.findById(runId).orElseThrow(() -> new UserFacingException("run.error.notFound"));
        if (run.getTrainerId() != currentUser.requireId() && !currentUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Not your run");
        }
        return run;
    }

    static Choice choice(DecisionEntity d) {
        return new Choice(d.getDecisionId(), d.getOptionId(), d.getRole(), d.getJustification());
    }

    static RunViews.Member member(ParticipantEntity p) {
        return new RunViews.Member(p.getId(), p.getDisplayName(), p.getTeamId(), p.getRole());
    }
}
