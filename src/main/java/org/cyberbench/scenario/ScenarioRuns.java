package org.cyberbench.scenario;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cyberbench.identity.CurrentUser;
import org.cyberbench.identity.UserService;
import org.cyberbench.scenario.ScenarioEngine.Choice;
import org.cyberbench.scenario.ScenarioEngine.DecideResult;
import org.cyberbench.scenario.ScenarioEngine.Outcome;
import org.cyberbench.scenario.internal.DecisionEntity;
import org.cyberbench.scenario.internal.DecisionRepository;
import org.cyberbench.scenario.internal.JoinAttempts;
import org.cyberbench.scenario.internal.ParticipantEntity;
import org.cyberbench.scenario.internal.ParticipantRepository;
import org.cyberbench.scenario.internal.RevealEntity;
import org.cyberbench.scenario.internal.RevealRepository;
import org.cyberbench.scenario.internal.RunEntity;
import org.cyberbench.scenario.internal.RunRepository;
import org.cyberbench.scenario.internal.ScenarioVersionRepository;
import org.cyberbench.scenario.internal.TeamEntity;
import org.cyberbench.scenario.internal.TeamRepository;
import org.cyberbench.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live scenario runs. All state is in the database, so a participant who reloads, loses the
 * connection or changes device comes back to the same place (by account, or a guest by the token
 * their browser keeps), and a server restart loses nothing. A decision is stored once per team.
 */
@Service
@Transactional(readOnly = true)
public class ScenarioRuns {

    private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RunRepository runs;
    private final TeamRepository teams;
    private final ParticipantRepository participants;
    private final DecisionRepository decisions;
    private final RevealRepository reveals;
    private final ScenarioVersionRepository versions;
    private final CurrentUser currentUser;
    private final UserService users;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JoinAttempts joinAttempts;
    private final RunRecords records;

    ScenarioRuns(RunRepository runs, TeamRepository teams, ParticipantRepository participants, DecisionRepository decisions,
            RevealRepository reveals, ScenarioVersionRepository versions, CurrentUser currentUser, UserService users,
            ApplicationEventPublisher events, Clock clock, JoinAttempts joinAttempts, RunRecords records) {
        this.runs = runs;
        this.teams = teams;
        this.participants = participants;
        this.decisions = decisions;
        this.reveals = reveals;
        this.versions = versions;
        this.currentUser = currentUser;
        this.users = users;
        this.events = events;
        this.clock = clock;
        this.joinAttempts = joinAttempts;
        this.records = records;
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public RunViews.Run create(long scenarioVersionId, RunSettings settings) {
        versions.findById(scenarioVersionId).orElseThrow(() -> new UserFacingException("scenario.error.notFound"));
        RunEntity run = runs.saveAndFlush(new RunEntity(scenarioVersionId, currentUser.requireId(), newCode(),
                settings.guestsAllowed(), settings.participantsChoose(), clock.instant()));
        for (int i = 1; i <= settings.teams(); i++) {
            teams.save(new TeamEntity(run.getId(), String.valueOf(i)));
        }
        return records.run(run);
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public List<RunViews.Run> myRuns() {
        return runs.findByTrainerIdOrderByCreatedAtDesc(currentUser.requireId()).stream().map(records::run).toList();
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public RunViews.Console console(long runId) {
        return snapshot(records.ownRun(runId)).console();
    }

    /**
     * The whole state of a run in one read, for the screens that already showed it to someone allowed
     * to see it (the broadcaster hands it to them after each change; see {@link RunBroadcaster}).
     */
    @Transactional(readOnly = true)
    RunSnapshot snapshot(long runId) {
        return snapshot(runs.findById(runId).orElseThrow(() -> new UserFacingException("run.error.notFound")));
    }

    private RunSnapshot snapshot(RunEntity run) {
        long runId = run.getId();
        List<TeamEntity> runTeams = teams.findByRunIdOrderById(runId);
        // every team's decisions in one query, not one per team
        Map<Long, Map<String, Choice>> choicesByTeam = new HashMap<>();
        List<DecisionEntity> recorded = runTeams.isEmpty() ? List.of()
                : decisions.findByTeamIdIn(runTeams.stream().map(TeamEntity::getId).toList());
        for (DecisionEntity d : recorded) {
            choicesByTeam.computeIfAbsent(d.getTeamId(), id -> new HashMap<>()).put(d.getDecisionId(), RunRecords.choice(d));
        }
        List<RunSnapshot.TeamRow> teamRows = runTeams.stream().map(team -> new RunSnapshot.TeamRow(team.getId(), team.getName(),
                choicesByTeam.getOrDefault(team.getId(), Map.of()))).toList();
        Set<String> revealed = reveals.findByRunId(runId).stream().map(RevealEntity::getInjectId).collect(Collectors.toUnmodifiableSet());
        return new RunSnapshot(records.run(run), participants.findByRunIdOrderById(runId).stream().map(RunRecords::member).toList(),
                teamRows, revealed);
    }

    /**
     * Joins a run by its code: a signed-in user by their account (joining again returns the same place),
     * a guest by display name when the trainer allows guests. Returns the participant's token.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public String join(String code, String guestName) {
        Optional<Long> me = currentUser.id();
        JoinAttempts.Caller caller = joinAttempts.caller(me);
        joinAttempts.check(caller);
        RunEntity run = runs.findByJoinCode(code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT))
                .filter(r -> r.getStatus() != RunStatus.CLOSED)
                .orElseThrow(() -> {
                    joinAttempts.failed(caller);
                    return new UserFacingException("run.error.noSuchCode");
                });
        if (me.isPresent()) {
            Optional<ParticipantEntity> existing = participants.findByRunIdAndUserId(run.getId(), me.get());
            if (existing.isPresent()) {
                return existing.get().getToken();
            }
            ParticipantEntity participant = participants.saveAndFlush(new ParticipantEntity(run.getId(), me.get(),
                    users.me().fullName(), newToken(), clock.instant()));
            events.publishEvent(new ParticipantJoined(run.getId(), me.get()));
            changed(run.getId());
            return participant.getToken();
        }
        if (!run.isGuestsAllowed()) {
            throw new UserFacingException("run.error.signInRequired");
        }
        String name = guestName == null ? "" : guestName.strip();
        if (name.isEmpty() || name.length() > 60) {
            throw new UserFacingException("run.error.name");
        }
        ParticipantEntity guest = participants.saveAndFlush(new ParticipantEntity(run.getId(), null, name, newToken(), clock.instant()));
        changed(run.getId());
        return guest.getToken();
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public void assign(long runId, long participantId, Long teamId, String role) {
        RunEntity run = records.ownRun(runId);
        ParticipantEntity participant = participants.findById(participantId).filter(p -> p.getRunId() == runId)
                .orElseThrow(() -> new UserFacingException("run.error.noSuchParticipant"));
        ScenarioDefinition scenario = records.scenario(run);
        if (role != null && scenario.roles().stream().noneMatch(r -> r.id().equals(role))) {
            throw new UserFacingException("run.error.noSuchRole");
        }
        if (teamId != null && teams.findById(teamId).filter(t -> t.getRunId() == runId).isEmpty()) {
            throw new UserFacingException("run.error.noSuchTeam");
        }
        participant.assign(teamId, role);
        changed(runId);
    }

    /**
     * A participant picks their own team and role, when the trainer lets them: freely until the run
     * starts, and once started only if they have no role yet. Several people may share a role in a team.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void choose(String token, long teamId, String role) {
        ParticipantEntity participant = byToken(token);
        RunEntity run = runs.findById(participant.getRunId()).orElseThrow();
        if (!canChoose(run, participant)) {
            throw new UserFacingException("run.error.choiceClosed");
        }
        if (records.scenario(run).roles().stream().noneMatch(r -> r.id().equals(role))) {
            throw new UserFacingException("run.error.noSuchRole");
        }
        if (teams.findById(teamId).filter(t -> t.getRunId() == run.getId()).isEmpty()) {
            throw new UserFacingException("run.error.noSuchTeam");
        }
        participant.assign(teamId, role);
        changed(run.getId());
    }

    private boolean canChoose(RunEntity run, ParticipantEntity participant) {
        return RunSnapshot.canChoose(records.run(run), RunRecords.member(participant));
    }

    /** Starts the run, or moves every team to the next phase; after the last phase the run closes for the debrief. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public void nextPhase(long runId) {
        RunEntity run = records.ownRun(runId);
        int phases = records.scenario(run).phases().size();
        if (run.getStatus() == RunStatus.WAITING) {
            run.setStatus(RunStatus.RUNNING);
            run.startPhase(0, clock.instant());
        } else if (run.getPhase() + 1 < phases) {
            run.setStatus(RunStatus.RUNNING);
            run.startPhase(run.getPhase() + 1, clock.instant());
        } else {
            run.close(clock.instant());
        }
        changed(runId);
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public void pause(long runId, boolean paused) {
        RunEntity run = records.ownRun(runId);
        if (run.getStatus() == RunStatus.RUNNING || run.getStatus() == RunStatus.PAUSED) {
            run.setStatus(paused ? RunStatus.PAUSED : RunStatus.RUNNING);
            changed(runId);
        }
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public void reveal(long runId, String injectId) {
        records.ownRun(runId);
        if (!reveals.existsByRunIdAndInjectId(runId, injectId)) {
            reveals.save(new RevealEntity(runId, injectId));
            changed(runId);
        }
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public void saveNotes(long runId, String notes) {
        records.ownRun(runId).setTrainerNotes(notes == null ? null : notes.strip());
    }

    /** The participant's screen; the token is what their browser keeps (or their account's own token). */
    @PreAuthorize("permitAll()")
    public RunViews.Participant participant(String token) {
        ParticipantEntity participant = byToken(token);
        return snapshot(runs.findById(participant.getRunId()).orElseThrow()).participant(RunRecords.member(participant));
    }

    /** Records a participant's decision; a second click or a colleague answering the same decision changes nothing. */
    @PreAuthorize("permitAll()")
    @Transactional
    public Outcome decide(String token, String decisionId, String optionId, String justification) {
        ParticipantEntity participant = byToken(token);
        RunEntity run = runs.findById(participant.getRunId()).orElseThrow();
        if (run.getStatus() != RunStatus.RUNNING || participant.getTeamId() == null) {
            return Outcome.NOT_OPEN;
        }
        ScenarioDefinition scenario = records.scenario(run);
        DecideResult result = ScenarioEngine.decide(scenario, records.state(run, participant.getTeamId()), participant.getRole(),
                decisionId, optionId, justification);
        if (result.outcome() == Outcome.RECORDED) {
            decisions.saveAndFlush(new DecisionEntity(participant.getTeamId(), decisionId, optionId, participant.getRole(),
                    participant.getId(), result.choice().justification(), clock.instant()));
            changed(run.getId());
            scenario.decision(decisionId).ifPresent(decision -> decision.option(optionId).ifPresent(option ->
                    events.publishEvent(new DecisionRecorded(run.getId(), scenario.slug(), participant.getId(), participant.getUserId(),
                            participant.getRole(), decisionId, optionId, option.recommended(), option.score(), decision.recommended().score(),
                            clock.instant()))));
        }
        return result.outcome();
    }

    private ParticipantEntity byToken(String token) {
        return participants.findByToken(token == null ? "" : token)
                .orElseThrow(() -> new UserFacingException("run.error.notJoined"));
    }

    private void changed(long runId) {
        events.publishEvent(new RunChanged(runId));
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
