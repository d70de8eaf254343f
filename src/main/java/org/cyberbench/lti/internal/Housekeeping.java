package org.cyberbench.lti.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every ten minutes, forgets expired login states, used nonces past their keeping time and stale deep-linking launches. */
@Component
class Housekeeping {

    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

    private final LaunchStates states;

    Housekeeping(LaunchStates states) {
        this.states = states;
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void purge() {
        int removed = states.purge();
        if (removed > 0) {
            log.debug("Removed {} expired LTI states, nonces and launches", removed);
        }
    }
}
