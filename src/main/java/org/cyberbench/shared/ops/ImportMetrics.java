package org.cyberbench.shared.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.cyberbench.shared.RefusedImportException;
import org.cyberbench.shared.UserFacingException;
import org.springframework.stereotype.Component;

/**
 * How long imports take (course content, glossary TBX, SCORM packages), as the Prometheus timer
 * {@code cyberbench_import_seconds} tagged by kind and outcome: imported, refused (the file was at
 * fault) or failed (we were).
 */
@Component
public class ImportMetrics {

    private final MeterRegistry registry;

    ImportMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public <T> T time(String kind, Supplier<T> work) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "failed";
        try {
            T result = work.get();
            outcome = "imported";
            return result;
        } catch (RefusedImportException | UserFacingException refused) {
            outcome = "refused";
            throw refused;
        } finally {
            sample.stop(Timer.builder("cyberbench.import").description("How long an import took, by kind and outcome")
                    .tag("kind", kind).tag("outcome", outcome).register(registry));
        }
    }
}
