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

    @Test
    void theProjectsScenariosAreCompleteAndPointAtRealModules() {
        ContentFiles content = ContentFiles.fromDirectory(Path.of("course-content"));
        Map<String, String> scenarioFiles = new TreeMap<>();
        content.files().forEach((path, text) -> {
            if (path.startsWith("scenarios/") && path.endsWith(".yaml")) {
                scenarioFiles.put(path, text);
            }
        });
        List<ScenarioDefinition> scenarios = ScenarioReader.read(scenarioFiles);
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
