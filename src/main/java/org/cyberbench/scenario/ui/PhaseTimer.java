package org.cyberbench.scenario.ui;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import org.cyberbench.scenario.RunViews;

/** " · about 7 min left" (or over time) for the current phase, as the console and the phones show it. */
final class PhaseTimer {

    private PhaseTimer() {
    }

    static String text(Component owner, RunViews.Run run, Instant now) {
        return run.minutesLeft(now).stream()
                .mapToObj(left -> " · " + owner.getTranslation(left >= 0 ? "run.minutesLeft" : "run.minutesOver", Math.abs(left)))
                .findFirst().orElse("");
    }
}
