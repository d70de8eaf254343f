package org.cyberbench.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.cyberbench.IntegrationTest;
import org.cyberbench.TestUsers;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.SystemAuthentication;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.scenario.ScenarioDefinition.Inject;
import org.cyberbench.scenario.ScenarioEngine.Outcome;
import org.cyberbench.shared.UserFacingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A run through the service: join, assign, phases, decisions stored once, resume, scoping. */
@IntegrationTest
class ScenarioRunsTest {

    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    ScenarioLibrary library;
    @Autowired
    ScenarioRuns runs;
    @Autowired
    ScenarioDebriefs debriefs;
    @Autowired
    TestUsers testUsers;

    UserAccount trainer;
    long versionId;

    @BeforeEach
    void importScenario() {
        String slug = "run-case-" + counter.incrementAndGet();
        Map<String, String> files = Map.of(
                "scenarios/" + slug + "/scenario.yaml", ScenarioEngineTest.SCENARIO.replace("slug: test-case", "slug: " + slug),
                "scenarios/" + slug + "/01-alert.yaml", ScenarioEngineTest.PHASE_1,
                "scenarios/" + slug + "/02-court.yaml", ScenarioEngineTest.PHASE_2);
        SystemAuthentication.runAsSystem(() -> library.importScenarios(files));
        trainer = testUsers.create("Tara Trainer", Role.TRAINER);
        versionId = testUsers.as(trainer, () -> library.current()).stream().filter(s -> s.slug().equals(slug)).findFirst()
                .orElseThrow().versionId();
    }

    @Test
    void aTeamPlaysTwoPhasesAndEachRoleSeesOnlyItsOwn() {
        RunViews.Run run = testUsers.as(trainer, () -> runs.create(versionId, new RunSettings(true, false, 1)));
        assertThat(run.code()).matches("[A-Z2-9]{6}");
        String police = runs.join(run.code().toLowerCase(), "Paul Police");
        String judge = runs.join(run.code(), "Julia Judge");
        RunViews.Console console = testUsers.as(trainer, () -> runs.console(run.id()));
        assertThat(console.unassigned()).hasSize(2);
        long team = console.teams().getFirst().id();
        testUsers.as(trainer, () -> {
            runs.assign(run.id(), member(console, "Paul Police"), team, "police");
            runs.assign(run.id(), member(console, "Julia Judge"), team, "judge");
            runs.nextPhase(run.id());
        });

        RunViews.Participant policeView = runs.participant(police);
        assertThat(policeView.role().id()).isEqualTo("police");
        assertThat(policeView.injects()).extracting(Inject::id).containsExactly("ransom-note", "server-log");
        assertThat(policeView.openDecisions()).extracting(ScenarioDefinition.Decision::id).containsExactly("preserve");
        assertThat(runs.participant(judge).injects()).extracting(Inject::id).containsExactly("ransom-note");

        assertThat(runs.decide(police, "preserve", "b", null)).isEqualTo(Outcome.RECORDED);
        assertThat(runs.decide(police, "preserve", "a", null)).isEqualTo(Outcome.ALREADY_DECIDED);
        assertThat(runs.participant(police).openDecisions()).isEmpty();

        testUsers.as(trainer, () -> runs.nextPhase(run.id()));
        RunViews.Participant afterReload = runs.participant(police);
        assertThat(afterReload.injects()).extracting(Inject::id).contains("logs-deleted").doesNotContain("logs-kept");
        assertThat(runs.decide(judge, "order", "a", null)).isEqualTo(Outcome.JUSTIFICATION_REQUIRED);
        assertThat(runs.decide(judge, "order", "a", "Necessary and proportionate.")).isEqualTo(Outcome.RECORDED);

        ScenarioEngine.Score score = testUsers.as(trainer, () -> debriefs.debrief(run.id(), team));
        assertThat(score.points()).isEqualTo(0);
        assertThat(score.maximum()).isEqualTo(5);
        RunViews.Run ownOther = testUsers.as(trainer, () -> runs.create(versionId, new RunSettings(true, false, 1)));
        assertThatThrownBy(() -> testUsers.as(trainer, () -> debriefs.debrief(ownOther.id(), team)))
                .as("a team of another run, asked for through one's own run").isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> testUsers.as(trainer, () -> debriefs.teamDebrief(ownOther.id(), team)))
                .isInstanceOf(UserFacingException.class);
        assertThat(testUsers.as(trainer, () -> runs.console(run.id())).teams().getFirst().choices()).hasSize(2);
        testUsers.as(trainer, () -> runs.nextPhase(run.id()));
        assertThat(runs.participant(police).run().status()).isEqualTo(RunStatus.CLOSED);
        assertThatThrownBy(() -> runs.join(run.code(), "Late Comer")).isInstanceOf(UserFacingException.class);
    }

    @Test
    void aSignedInParticipantReturnsToTheSamePlaceAndGuestsNeedPermission() {
        RunViews.Run run = testUsers.as(trainer, () -> runs.create(versionId, new RunSettings(false, false, 2)));
        UserAccount prosecutor = testUsers.create("Pia Prosecutor", Role.LEARNER);
        String first = testUsers.as(prosecutor, () -> runs.join(run.code(), null));
        String again = testUsers.as(prosecutor, () -> runs.join(run.code(), null));
        assertThat(again).isEqualTo(first);
        assertThatThrownBy(() -> runs.join(run.code(), "Anonymous Guest"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("run.error.signInRequired"));
        assertThatThrownBy(() -> runs.join("NOPE00", "x")).isInstanceOf(UserFacingException.class);
    }

    @Test
    void wrongJoinCodesAreLimitedPerPersonSoThatCodesCannotBeGuessed() {
        RunViews.Run run = testUsers.as(trainer, () -> runs.create(versionId, new RunSettings(false, false, 2)));
        UserAccount guesser = testUsers.create("Gus Guesser", Role.LEARNER);
        for (int i = 0; i < 10; i++) {
            String wrong = "ZZZZ" + (10 + i);
            assertThatThrownBy(() -> testUsers.as(guesser, () -> runs.join(wrong, null)))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("run.error.noSuchCode"));
        }
        assertThatThrownBy(() -> testUsers.as(guesser, () -> runs.join(run.code(), null)))
                .as("after ten wrong codes even the right one waits, or guessing would go on")
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("run.error.tooManyCodes"));

        UserAccount colleague = testUsers.create("Cleo Colleague", Role.LEARNER);
        assertThat(testUsers.as(colleague, () -> runs.join(run.code(), null))).as("someone else is not held up").hasSize(48);
    }

    @Test
    void guestsBehindOneAddressShareALargerAllowanceOfWrongCodes() {
        RunViews.Run run = testUsers.as(trainer, () -> runs.create(versionId, new RunSettings(true, false, 2)));
        fromAddress("203.0.113.9", () -> {
            for (int i = 0; i < 60; i++) {
                String wrong = "YYYY" + (10 + i);
                String guest = "Guest " + i;
                assertThatThrownBy(() -> runs.join(wrong, guest))
                        .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("run.error.noSuchCode"));
            }
            assertThatThrownBy(() -> runs.join(run.code(), "Guest at the limit"))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("run.error.tooManyCodes"));
        });
        fromAddress("198.51.100.20", () -> assertThat(runs.join(run.code(), "Guest elsewhere")).as("another classroom is not held up").hasSize(48));
    }

    /** Calls as a request from that network address would, which is how guests are counted. */
    private static void fromAddress(String address, Runnable calls) {
        org.springframework.mock.web.MockHttpServletRequest request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setRemoteAddr(address);
        org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                new org.springframework.web.context.request.ServletRequestAttributes(request));
        try {
            calls.run();
        } finally {
            org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        }
    }

    @Test
    void aSignedInParticipantKeepsTheRunAndTheirTeamsDebriefInTheirRecord() {
        RunViews.Run run = testUsers.as(trainer, () -> runs.create(versionId, new RunSettings(false, false, 2)));
        UserAccount judge = testUsers.create("Jana Judge", Role.LEARNER);
        String token = testUsers.as(judge, () -> runs.join(run.code(), null));
        RunViews.Console console = testUsers.as(trainer, () -> runs.console(run.id()));
        long team = console.teams().get(1).id();
        testUsers.as(trainer, () -> {
            runs.assign(run.id(), console.unassigned().getFirst().id(), team, "judge");
            runs.nextPhase(run.id());
            runs.nextPhase(run.id());
        });
        runs.decide(token, "order", "a", "Proportionate.");
        assertThat(testUsers.as(judge, () -> debriefs.myClosedRuns())).isEmpty();
        assertThatThrownBy(() -> testUsers.as(judge, () -> debriefs.myDebrief(run.id()))).isInstanceOf(UserFacingException.class);
        testUsers.as(trainer, () -> runs.nextPhase(run.id()));

        assertThat(testUsers.as(judge, () -> debriefs.myClosedRuns())).singleElement().satisfies(mine -> {
            assertThat(mine.role()).isEqualTo("judge");
            assertThat(mine.score().points()).isEqualTo(2);
        });
        ScenarioDebriefs.TeamDebrief debrief = testUsers.as(judge, () -> debriefs.myDebrief(run.id()));
        assertThat(debrief.decidedAt()).containsKey("order");
        UserAccount stranger = testUsers.create("Stan Stranger", Role.LEARNER);
        assertThatThrownBy(() -> testUsers.as(stranger, () -> debriefs.myDebrief(run.id()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void participantsPickTheirOwnTeamAndRoleOnlyWhenTheTrainerLetsThem() {
        RunViews.Run assigned = testUsers.as(trainer, () -> runs.create(versionId, new RunSettings(true, false, 2)));
        String waiting = runs.join(assigned.code(), "Wanda Waiting");
        assertThat(runs.participant(waiting).choosableTeams()).isEmpty();
        long otherTeam = testUsers.as(trainer, () -> runs.console(assigned.id())).teams().getFirst().id();
        assertThatThrownBy(() -> runs.choose(waiting, otherTeam, "police"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("run.error.choiceClosed"));

        RunViews.Run run = testUsers.as(trainer, () -> runs.create(versionId, new RunSettings(true, true, 2)));
        String police = runs.join(run.code(), "Paul Police");
        String judge = runs.join(run.code(), "Julia Judge");
        List<RunViews.Team> teams = runs.participant(police).choosableTeams();
        assertThat(teams).hasSize(2).allSatisfy(team -> assertThat(team.choices()).isEmpty());
        long second = teams.get(1).id();
        runs.choose(police, second, "judge");
        runs.choose(police, second, "police"); // free to change their mind before the start
        runs.choose(judge, second, "judge");
        assertThatThrownBy(() -> runs.choose(judge, second, "astronaut")).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> runs.choose(judge, otherTeam, "judge")).isInstanceOf(UserFacingException.class);
        assertThat(runs.participant(judge).choosableTeams().get(1).members())
                .extracting(RunViews.Member::name, RunViews.Member::role)
                .containsExactly(tuple("Paul Police", "police"), tuple("Julia Judge", "judge"));

        testUsers.as(trainer, () -> runs.nextPhase(run.id()));
        RunViews.Participant playing = runs.participant(police);
        assertThat(playing.role().id()).isEqualTo("police");
        assertThat(playing.teamName()).isEqualTo("2");
        assertThat(playing.choosableTeams()).as("no switching roles once the scenario runs").isEmpty();
        assertThatThrownBy(() -> runs.choose(police, second, "judge")).isInstanceOf(UserFacingException.class);
        String late = runs.join(run.code(), "Luke Late");
        assertThat(runs.participant(late).choosableTeams()).hasSize(2);
        runs.choose(late, second, "judge");
        assertThat(runs.participant(late).openDecisions()).isEmpty();
        assertThat(runs.participant(late).injects()).extracting(Inject::id).containsExactly("ransom-note");
    }

    @Test
    void anotherTrainerCannotSteerOrSeeTheRun() {
        RunViews.Run run = testUsers.as(trainer, () -> runs.create(versionId, new RunSettings(true, false, 1)));
        UserAccount other = testUsers.create("Otto Trainer", Role.TRAINER);
        assertThatThrownBy(() -> testUsers.as(other, () -> runs.console(run.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testUsers.as(other, () -> runs.nextPhase(run.id()))).isInstanceOf(AccessDeniedException.class);
        UserAccount learner = testUsers.create("Lea Learner", Role.LEARNER);
        assertThatThrownBy(() -> testUsers.as(learner, () -> runs.create(versionId, new RunSettings(true, false, 1)))).isInstanceOf(AccessDeniedException.class);
    }

    private static long member(RunViews.Console console, String name) {
        return console.unassigned().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow().id();
    }
}
