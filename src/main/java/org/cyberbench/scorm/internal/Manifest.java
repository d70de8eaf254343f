package org.cyberbench.scorm.internal;

import java.math.BigDecimal;
import java.util.List;
import org.cyberbench.scorm.ScormNotice;
import org.cyberbench.scorm.ScormVersion;

/**
 * What Cyberbench takes from a package's {@code imsmanifest.xml}: which SCORM it is and the first SCO
 * to launch, with the SCO's run-time settings from its item.
 *
 * @param identifier the manifest's identifier
 * @param version    the SCORM family, which decides the API the SCO looks for
 * @param edition    as the manifest states it ("1.2", "2004 3rd Edition", ...)
 * @param title      the default organization's title
 * @param scos       the SCOs of the default organization in order (at least one); the first is launched
 * @param notices    what the editor should know
 */
record Manifest(String identifier, ScormVersion version, String edition, String title, List<Sco> scos,
        List<ScormNotice> notices) {

    Manifest {
        scos = List.copyOf(scos);
        notices = List.copyOf(notices);
    }

    /** The SCO that is launched. */
    Sco sco() {
        return scos.getFirst();
    }

    int scoCount() {
        return scos.size();
    }

    /**
     * The launched SCO.
     *
     * @param title              its item's title
     * @param launchPath         its address relative to the package root, with the item's parameters (served as is)
     * @param masteryScore       SCORM 1.2 {@code adlcp:masteryscore} (0–100)
     * @param scaledPassingScore SCORM 2004 primary objective's {@code minNormalizedMeasure} when satisfied by measure
     * @param completionThreshold SCORM 2004 {@code adlcp:completionThreshold}
     * @param launchData         {@code adlcp:datafromlms} / {@code dataFromLMS}
     * @param maxTimeAllowed     1.2 {@code maxtimeallowed} or 2004 {@code attemptAbsoluteDurationLimit}
     * @param timeLimitAction    {@code timelimitaction} / {@code timeLimitAction}
     */
    record Sco(String title, String launchPath, BigDecimal masteryScore, BigDecimal scaledPassingScore,
            BigDecimal completionThreshold, String launchData, String maxTimeAllowed, String timeLimitAction) {
    }
}
