package org.cyberbench.scenario.internal;

import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** {@code /actuator/info} says how many classroom scenarios are loaded. */
@Component
class ScenarioInfo implements InfoContributor {

    private final ScenarioVersionRepository versions;

    ScenarioInfo(ScenarioVersionRepository versions) {
        this.versions = versions;
    }

    @Override
    public void contribute(Info.Builder builder) {
        builder.withDetail("scenarios", Map.of("current", versions.findByCurrentTrueOrderBySlug().size()));
    }
}
