package org.cyberbench.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cyberbench.scenario.ScenarioDefinition.Inject;
import org.cyberbench.scenario.ScenarioEngine.Choice;
import org.cyberbench.scenario.ScenarioEngine.Outcome;
import org.cyberbench.scenario.ScenarioEngine.TeamState;
import org.cyberbench.scenario.internal.ScenarioReader;
import org.cyberbench.shared.RefusedImportException;
import org.junit.jupiter.api.Test;

/** Phase flow, branching, what each role sees, scoring, decisions that count once, and resuming from stored state. */
public class ScenarioEngineTest {

    public static final String SCENARIO = """
            slug: test-case
            version: 1
            languages: [en, fr]
            estimatedMinutes: 45
            title: {en: Test case, fr: Cas d'essai}
            summary: {en: A server was attacked., fr: Un serveur a été attaqué.}
            practises: [intro-cybercrime-e-evidence/procedural-powers]
            roles:
              - {id: police, title: {en: Police, fr: Police}, briefing: {en: You hold the logs., fr: Vous détenez les journaux.}}
              - {id: prosecutor, title: {en: Prosecutor, fr: Procureur}, briefing: {en: You lead., fr: Vous dirigez.}}
              - {id: judge, title: {en: Judge, fr: Juge}, briefing: {en: You authorise., fr: Vous autorisez.}}
            phases: [01-alert, 02-court]
            debrief:
              - reference: "ETS185 Art. 16"
                text: {en: Preserve quickly., fr: Conserver rapidement.}
            """;
    public static final String PHASE_1 = """
            id: alert
            title: {en: Alert, fr: Alerte}
            minutes: 10
            narrative: {en: The alarm rings., fr: L'alarme sonne.}
            injects:
              - id: ransom-note
                for: [all]
                kind: document
                title: {en: Ransom note, fr: Demande de rançon}
                body: {en: Pay now., fr: Payez maintenant.}
              - id: server-log
                for: [police]
                kind: log
                title: {en: Server log, fr: Journal du serveur}
                body: {en: "```\\n10:02 login from 203.0.113.7\\n```", fr: "```\\n10:02 connexion depuis 203.0.113.7\\n```"}
            decisions:
              - id: preserve
                role: police
                question: {en: "What first?", fr: "Quoi d'abord ?"}
                visibleTo: [prosecutor]
                options:
                  - {id: a, recommended: true, score: 3, reference: "ETS185 Art. 16", text: {en: Ask for preservation, fr: Demander la conservation}, consequence: {en: Logs kept., fr: Journaux conservés.}, feedback: {en: Right., fr: Exact.}}
                  - {id: b, score: -2, reference: "ETS185 Art. 16", text: {en: Wait, fr: Attendre}, consequence: {en: Logs lost., fr: Journaux perdus.}, feedback: {en: Too late., fr: Trop tard.}}
            """;
    public static final String PHASE_2 = """
            id: court
            title: {en: Court, fr: Tribunal}
            minutes: 15
            narrative: {en: The judge is asked., fr: Le juge est saisi.}
            injects:
              - id: logs-deleted
                for: [police, prosecutor]
                kind: message
                title: {en: Provider reply, fr: Réponse du fournisseur}
                body: {en: The logs are gone., fr: Les journaux ont disparu.}
                when: {decision: preserve, option: b}
              - id: logs-kept
                for: [police, prosecutor]
                kind: message
                title: {en: Provider reply, fr: Réponse du fournisseur}
                body: {en: The logs are kept., fr: Les journaux sont conservés.}
                when: {decision: preserve, option: a}
            decisions:
              - id: order
                role: judge
                question: {en: "Order production?", fr: "Ordonner la production ?"}
                justification: required
                options:
                  - {id: a, recommended: true, score: 2, reference: "ETS185 Art. 18", text: {en: Yes, fr: Oui}, consequence: {en: Data obtained., fr: Données obtenues.}, feedback: {en: Proportionate., fr: Proportionné.}}
                  - {id: b, score: 0, reference: "ETS185 Art. 15", text: {en: No, fr: Non}, consequence: {en: Nothing obtained., fr: Rien obtenu.}, feedback: {en: Too strict., fr: Trop strict.}}
            """;

    static ScenarioDefinition scenario() {
        return ScenarioReader.read(Map.of("scenarios/test-case/scenario.yaml", SCENARIO,
                "scenarios/test-case/01-alert.yaml", PHASE_1, "scenarios/test-case/02-court.yaml", PHASE_2)).getFirst();
    }

    private final ScenarioDefinition scenario = scenario();

    @Test
    void eachRoleSeesItsOwnInjectsAndEveryoneSeesTheSharedOnes() {
        TeamState start = state(0);
        assertThat(ids(ScenarioEngine.injectsFor(scenario, start, "police"))).containsExactly("ransom-note", "server-log");
        assertThat(ids(ScenarioEngine.injectsFor(scenario, start, "judge"))).containsExactly("ransom-note");
        TeamState revealed = new TeamState(0, Map.of(), Set.of("server-log"));
        assertThat(ids(ScenarioEngine.injectsFor(scenario, revealed, "judge"))).containsExactly("ransom-note", "server-log");
    }

    @Test
    void phasesOpenOnlyTheirOwnDecisionsAndOnlyForTheirRole() {
        assertThat(ScenarioEngine.openDecisions(scenario, state(0), "police")).extracting(ScenarioDefinition.Decision::id).containsExactly("preserve");
        assertThat(ScenarioEngine.openDecisions(scenario, state(0), "judge")).isEmpty();
        assertThat(ScenarioEngine.decide(scenario, state(0), "judge", "order", "a", "reason").outcome()).isEqualTo(Outcome.NOT_OPEN);
        assertThat(ScenarioEngine.openDecisions(scenario, state(1), "judge")).extracting(ScenarioDefinition.Decision::id).containsExactly("order");
        assertThat(ScenarioEngine.decide(scenario, state(1), "police", "order", "a", "reason").outcome()).isEqualTo(Outcome.NOT_YOUR_ROLE);
        assertThat(ScenarioEngine.openDecisions(scenario, state(2), "judge")).isEmpty();
    }

    @Test
    void aChoiceBranchesWhatLaterPhasesShow() {
        TeamState lost = state(1, choice("preserve", "b", "police"));
        assertThat(ids(ScenarioEngine.injectsFor(scenario, lost, "prosecutor"))).contains("logs-deleted").doesNotContain("logs-kept");
        TeamState kept = state(1, choice("preserve", "a", "police"));
        assertThat(ids(ScenarioEngine.injectsFor(scenario, kept, "prosecutor"))).contains("logs-kept").doesNotContain("logs-deleted");
        assertThat(ids(ScenarioEngine.injectsFor(scenario, state(1), "prosecutor"))).doesNotContain("logs-kept", "logs-deleted");
    }

    @Test
    void aDecisionCountsOnceWhateverIsClickedAfterwards() {
        Map<String, Choice> choices = new HashMap<>();
        var first = ScenarioEngine.decide(scenario, new TeamState(0, choices, Set.of()), "police", "preserve", "a", null);
        assertThat(first.outcome()).isEqualTo(Outcome.RECORDED);
        choices.put("preserve", first.choice());
        var again = ScenarioEngine.decide(scenario, new TeamState(0, choices, Set.of()), "police", "preserve", "b", null);
        assertThat(again.outcome()).isEqualTo(Outcome.ALREADY_DECIDED);
        assertThat(again.choice().optionId()).isEqualTo("a");
        assertThat(ScenarioEngine.openDecisions(scenario, new TeamState(0, choices, Set.of()), "police")).isEmpty();
    }

    @Test
    void colleaguesSeeADecisionOnlyWhenTheScenarioSaysTheyWouldKnow() {
        TeamState team = state(1, choice("preserve", "a", "police"));
        assertThat(ScenarioEngine.knownChoices(scenario, team, "police")).hasSize(1);
        assertThat(ScenarioEngine.knownChoices(scenario, team, "prosecutor")).hasSize(1);
        assertThat(ScenarioEngine.knownChoices(scenario, team, "judge")).isEmpty();
    }

    @Test
    void aRequiredJustificationMustBeGivenAndUnknownOptionsAreRefused() {
        assertThat(ScenarioEngine.decide(scenario, state(1), "judge", "order", "a", "  ").outcome()).isEqualTo(Outcome.JUSTIFICATION_REQUIRED);
        assertThat(ScenarioEngine.decide(scenario, state(1), "judge", "order", "z", "because").outcome()).isEqualTo(Outcome.UNKNOWN_OPTION);
        var ok = ScenarioEngine.decide(scenario, state(1), "judge", "order", "a", " because it is proportionate ");
        assertThat(ok.outcome()).isEqualTo(Outcome.RECORDED);
        assertThat(ok.choice().justification()).isEqualTo("because it is proportionate");
    }

    @Test
    void theScoreComparesEachChoiceWithTheRecommendedOne() {
        var score = ScenarioEngine.score(scenario, state(2, choice("preserve", "b", "police"), choice("order", "a", "judge")));
        assertThat(score.points()).isEqualTo(0);
        assertThat(score.maximum()).isEqualTo(5);
        assertThat(score.decisions()).extracting(ScenarioEngine.DecisionOutcome::followedRecommendation).containsExactly(false, true);
        var untouched = ScenarioEngine.score(scenario, state(2));
        assertThat(untouched.points()).isZero();
        assertThat(untouched.decisions()).allSatisfy(d -> assertThat(d.choice()).isEmpty());
    }

    @Test
    void theSameStoredStateGivesTheSameScreenAfterAReconnect() {
        TeamState before = state(1, choice("preserve", "b", "police"));
        TeamState afterReload = new TeamState(1, new HashMap<>(before.choices()), new HashSet<>(before.revealed()));
        for (String role : List.of("police", "prosecutor", "judge")) {
            assertThat(ScenarioEngine.injectsFor(scenario, afterReload, role)).isEqualTo(ScenarioEngine.injectsFor(scenario, before, role));
            assertThat(ScenarioEngine.openDecisions(scenario, afterReload, role)).isEqualTo(ScenarioEngine.openDecisions(scenario, before, role));
        }
    }

    @Test
    void theReaderRefusesUnknownRolesBranchesOnLaterDecisionsAndTwoRecommendedOptions() {
        String badPhase1 = PHASE_1.replace("for: [police]", "for: [clerk]").replace("score: -2,", "recommended: true, score: -2,");
        String badPhase2 = PHASE_2;
        String earlyBranch = PHASE_1.replace("  - id: server-log\n", String.join("\n",
                "  - id: early",
                "    for: [all]",
                "    kind: fact",
                "    title: {en: Early, fr: Tôt}",
                "    body: {en: Early., fr: Tôt.}",
                "    when: {decision: order, option: a}",
                "  - id: server-log", ""));
        assertThat(earlyBranch).contains("id: early");
        assertThatThrownBy(() -> ScenarioReader.read(Map.of("scenarios/test-case/scenario.yaml", SCENARIO,
                "scenarios/test-case/01-alert.yaml", badPhase1, "scenarios/test-case/02-court.yaml", badPhase2)))
                .isInstanceOfSatisfying(RefusedImportException.class, e -> assertThat(e.problems()).extracting(p -> p.reason())
                        .anySatisfy(r -> assertThat(r).contains("unknown role 'clerk'"))
                        .anySatisfy(r -> assertThat(r).contains("exactly one recommended")));
        assertThatThrownBy(() -> ScenarioReader.read(Map.of("scenarios/test-case/scenario.yaml", SCENARIO,
                "scenarios/test-case/01-alert.yaml", earlyBranch, "scenarios/test-case/02-court.yaml", PHASE_2)))
                .isInstanceOfSatisfying(RefusedImportException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.reason()).contains("not in an earlier phase");
                            assertThat(p.file()).isEqualTo("scenarios/test-case/01-alert.yaml");
                        }));
    }

    @Test
    void thePhaseTimerCountsDownFromTheSuggestedMinutes() {
        java.time.Instant now = java.time.Instant.parse("2026-11-23T10:00:00Z");
        RunViews.Run running = new RunViews.Run(1, "ABC123", scenario, RunStatus.RUNNING, 0, now.minusSeconds(3 * 60 + 10), true, false, null);
        assertThat(running.minutesLeft(now)).hasValue(7);
        assertThat(running.minutesLeft(now.plusSeconds(12 * 60))).hasValue(-5);
        RunViews.Run paused = new RunViews.Run(1, "ABC123", scenario, RunStatus.PAUSED, 0, now, true, false, null);
        assertThat(paused.minutesLeft(now)).isEmpty();
        RunViews.Run waiting = new RunViews.Run(1, "ABC123", scenario, RunStatus.WAITING, 0, null, true, false, null);
        assertThat(waiting.minutesLeft(now)).isEmpty();
    }

    private static TeamState state(int phase, Choice... choices) {
        Map<String, Choice> map = new HashMap<>();
        for (Choice choice : choices) {
            map.put(choice.decisionId(), choice);
        }
        return new TeamState(phase, map, Set.of());
    }

    private static Choice choice(String decision, String option, String role) {
        return new Choice(decision, option, role, null);
    }

    private static List<String> ids(List<Inject> injects) {
        return injects.stream().map(Inject::id).toList();
    }
}
