package org.cyberbench.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cyberbench.course.ContentFiles;
import org.cyberbench.course.CourseDefinition;
import org.cyberbench.course.internal.content.ContentReader;
import org.cyberbench.scenario.internal.ScenarioReader;
import org.junit.jupiter.api.Test;

/** The project's three scenarios are valid, long enough, branch, and practise modules that exist. */
class RealScenariosTest {

    private static final ContentFiles CONTENT = ContentFiles.fromDirectory(Path.of("course-content"));

    private static List<ScenarioDefinition> scenarios() {
        Map<String, String> scenarioFiles = new TreeMap<>();
        CONTENT.files().forEach((path, text) -> {
            if (path.startsWith("scenarios/") && path.endsWith(".yaml")) {
                scenarioFiles.put(path, text);
            }
        });
        return ScenarioReader.read(scenarioFiles);
    }

    /**
     * A judge who refuses an application with reasons is doing the job (content review 2026-12): such an
     * option (its English text begins "Refuse …, with reasons", as scenarios/README.md asks) never scores
     * below zero, never lowest in its decision, and never below granting the application as filed.
     */
    @Test
    void aReasonedJudicialRefusalIsNeverPenalised() {
        java.util.regex.Pattern refusal = java.util.regex.Pattern.compile("^Refuse[^:]*, with reasons");
        java.util.regex.Pattern asFiled = java.util.regex.Pattern.compile("as filed|as drafted|as requested|as proposed|in full");
        int refusals = 0;
        for (ScenarioDefinition scenario : scenarios()) {
            for (ScenarioDefinition.PhaseDefinition phase : scenario.phases()) {
                for (ScenarioDefinition.Decision decision : phase.decisions()) {
                    int lowest = decision.options().stream().mapToInt(ScenarioDefinition.Option::score).min().orElseThrow();
                    for (ScenarioDefinition.Option option : decision.options()) {
                        if (!decision.role().equals("judge") || !refusal.matcher(option.text().get("en")).find()) {
                            continue;
                        }
                        refusals++;
                        String where = scenario.slug() + " / " + decision.id() + " / " + option.id();
                        assertThat(option.score()).as(where + " scores at least 0").isGreaterThanOrEqualTo(0);
                        assertThat(option.score()).as(where + " is not the lowest option").isGreaterThan(lowest);
                        decision.options().stream().filter(o -> asFiled.matcher(o.text().get("en")).find())
                                .forEach(grant -> assertThat(option.score()).as(where + " against " + grant.id())
                                        .isGreaterThanOrEqualTo(grant.score()));
                    }
                }
            }
        }
        assertThat(refusals).as("reasoned refusals found in the three scenarios").isGreaterThanOrEqualTo(10);
    }

    @Test
    void theProjectsScenariosAreCompleteAndPointAtRealModules() {
        ContentFiles content = CONTENT;
        List<ScenarioDefinition> scenarios = scenarios();
        assertThat(scenarios).extracting(ScenarioDefinition::slug)
                .containsExactlyInAnyOrder("ransomware-hospital", "child-exploitation-investigation", "bec-crypto-fraud");
        Set<String> modules = new HashSet<>();
        for (CourseDefinition course : ContentReader.read(content)) {
            course.modules().forEach(m -> modules.add(course.slug() + "/" + m.slug()));
        }
        for (ScenarioDefinition scenario : scenarios) {
            assertThat(scenario.phases()).as(scenario.slug()).hasSizeGreaterThanOrEqualTo(5);
            assertThat(scenario.estimatedMinutes()).as(scenario.slug()).isBetween(45, 90);
            assertThat(scenario.phases().stream().mapToInt(p -> p.decisions().size()).sum()).as(scenario.slug()).isGreaterThanOrEqualTo(12);
            assertThat(scenario.phases().stream().flatMap(p -> p.injects().stream()).filter(i -> i.when() != null).count())
                    .as(scenario.slug() + " branches").isGreaterThanOrEqualTo(2);
            assertThat(scenario.roles()).extracting(ScenarioDefinition.RoleDefinition::id).contains("police", "prosecutor", "judge", "defence");
            assertThat(scenario.practises()).as(scenario.slug()).isNotEmpty().allSatisfy(m -> assertThat(modules).contains(m));
            assertThat(scenario.debrief()).hasSizeGreaterThanOrEqualTo(5);
        }
    }
}
