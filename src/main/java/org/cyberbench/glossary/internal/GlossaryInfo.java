package org.cyberbench.glossary.internal;

import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** {@code /actuator/info} says how many glossary concepts are loaded. */
@Component
class GlossaryInfo implements InfoContributor {

    private final ConceptRepository concepts;

    GlossaryInfo(ConceptRepository concepts) {
        this.concepts = concepts;
    }

    @Override
    public void contribute(Info.Builder builder) {
        builder.withDetail("glossary", Map.of("concepts", concepts.count()));
    }
}
