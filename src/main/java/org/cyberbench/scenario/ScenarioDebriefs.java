package org.cyberbench.scenario;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cyberbench.identity.CurrentUser;
import org.cyberbench.scenario.internal.DecisionRepository;
import org.cyberbench.scenario.internal.ParticipantEntity;
import org.cyberbench.scenario.internal.ParticipantRepository;
import org.cyberbench.scenario.internal.RunEntity;
import org.cyberbench.scenario.internal.RunRepository;
import org.cyberbench.scenario.internal.TeamEntity;
import org.cyberbench.scenario.internal.TeamRepository;
import org.cyberbench.shared.UserFacingException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a run: a team's debrief for its trainer, and for a participant their own team's debrief
 * and their record of closed runs. A participant never sees another team's debrief.
 */
@Service
@Transactional(readOnly = true)
public class ScenarioDebriefs {

    private final RunRepository runs;
    private final TeamRepository teams;
    private final ParticipantRepository participants;
    private final DecisionRepository decisions;
    private final RunRecords records;
    private final CurrentUser currentUser;

    ScenarioDebriefs(RunRepository runs, TeamRepository teams, ParticipantRepository participants, DecisionRepository decisions,
            RunRecords records, CurrentUser currentUser) {
        this.runs = runs;
        this.teams = teams;
        this.participants = participants;
        this.decisions = decisions;
        this.records = records;
        this.currentUser = currentUser;
    }

    /** A team's debrief: members, each decision against the recommended one with its time and reasons, the score. */
    public record TeamDebrief(RunViews.Run run, String teamName, List<RunViews.Member> members, ScenarioEngine.Score score,
            Map<String, Instant> decidedAt) {
    }

    /** The closed runs the signed-in user took part in, with their team: their record of classroom scenarios. */
    public record MyRun(RunViews.Run run, long teamId, String teamName, String role, ScenarioEngine.Score score) {
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public TeamDebrief teamDebrief(long runId, long teamId) {
        return debriefOf(records.ownRun(runId), teamId);
    }

    /** A team's score and each decision against the recommended one, for the debrief. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public ScenarioEngine.Score debrief(long runId, long teamId) {
        RunEntity run = records.ownRun(runId);
        return ScenarioEngine.score(records.scenario(run), records.state(run, teamOf(run, teamId).getId()));
    }

    @PreAuthorize("isAuthenticated()")
    public List<MyRun> myClosedRuns() {
        long me = currentUser.requireId();
        return participants.findByUserIdOrderByIdDesc(me).stream()
                .filter(p -> p.getTeamId() != null)
                .map(p -> {
                    RunEntity run = runs.findById(p.getRunId()).orElseThrow();
                    return run.getStatus() != RunStatus.CLOSED ? null : new MyRun(records.run(run), p.getTeamId(),
                            teams.findById(p.getTeamId()).map(TeamEntity::getName).orElse(""), p.getRole(),
                            ScenarioEngine.score(records.scenario(run), records.state(run, p.getTeamId())));
                })
                .filter(Objects::nonNull).toList();
    }

    /** The debrief of the team the signed-in participant played in (not of other teams). */
    @PreAuthorize("isAuthenticated()")
    public TeamDebrief myDebrief(long runId) {
        ParticipantEntity participant = participants.findByRunIdAndUserId(runId, currentUser.requireId())
                .filter(p -> p.getTeamId() != null).orElseThrow(() -> new AccessDeniedException("Not in this run"));
        RunEntity run = runs.findById(runId).orElseThrow();
        if (run.getStatus() != RunStatus.CLOSED) {
            throw new UserFacingException("run.error.notClosed");
        }
        return debriefOf(run, participant.getTeamId());
    }

    private TeamDebrief debriefOf(RunEntity run, long teamId) {
        TeamEntity team = teamOf(run, teamId);
        Map<String, Instant> times = new HashMap<>();
        decisions.findByTeamId(teamId).forEach(d -> times.put(d.getDecisionId(), d.getDecidedAt()));
        List<RunViews.Member> members = participants.findByRunIdOrderById(run.getId()).stream()
                .filter(p -> Long.valueOf(teamId).equals(p.getTeamId())).map(RunRecords::member).toList();
        return new TeamDebrief(records.run(run), team.getName(), members,
                ScenarioEngine.score(records.scenario(run), records.state(run, teamId)), times);
    }

    /** The team, if it plays in this run: a team id from another run is refused. */
    private TeamEntity teamOf(RunEntity run, long teamId) {
        return teams.findById(teamId).filter(t -> t.getRunId() == run.getId())
                .orElseThrow(() -> new UserFacingException("run.error.noSuchTeam"));
    }
}
