package org.cyberbench.lti;

import java.time.Instant;
import java.util.List;

/** A registered LMS as the admin screen shows it, with the scores still waiting for it or refused by it. */
public record LtiPlatform(long id, long version, String name, String issuer, String clientId, List<String> deploymentIds,
        String authUrl, String tokenUrl, String jwksUrl, PlatformStatus status, RegistrationMethod registeredHow,
        Instant registeredAt, long gradesWaiting, long gradesRefused) {
}
