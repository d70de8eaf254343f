package org.cyberbench.lti;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the simulated Moodle puts in its next id_token: who launches, which message, which services,
 * and, for the negative tests, claims to override or remove and how to (mis)sign it.
 */
public final class LaunchSpec {

    enum Signing { PLATFORM_KEY, UNPUBLISHED_KEY, NONE, HS256_WITH_PUBLIC_KEY }

    static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";

    String subject = "42";
    public String name = "Jeanne Martin";
    String email;
    public String locale = "fr-BE";
    String messageType = "LtiResourceLinkRequest";
    List<String> roles = new ArrayList<>(List.of(LEARNER));
    String contextId = "2";
    String contextTitle = "Cybercrime for judges 2026";
    String resourceLinkId = "rl-1";
    String resourceLinkTitle = "Electronic evidence";
    Map<String, String> custom = new LinkedHashMap<>();
    /** "lineitem": AGS with a line item; "lineitems": only the container; null: no AGS claim. */
    String ags = "lineitem";
    boolean nrps = true;
    String targetPath = "/lti/launch";
    Signing signing = Signing.PLATFORM_KEY;
    Duration issuedAgo = Duration.ZERO;
    Duration lifetime = Duration.ofSeconds(60);
    /** Claims to replace (a null value removes the claim). */
    Map<String, Object> overrides = new LinkedHashMap<>();
    /** Answer the authentication request with this OAuth error instead of an id_token. */
    String error;

    public static LaunchSpec learner(String subject) {
        LaunchSpec spec = new LaunchSpec();
        spec.subject = subject;
        spec.email = "learner-" + subject + "@moodle.example.org";
        return spec;
    }

    public LaunchSpec course(String slug) {
        custom.put("course", slug);
        return this;
    }

    public LaunchSpec teacher() {
        roles = new ArrayList<>(List.of(INSTRUCTOR));
        return this;
    }

    public LaunchSpec deepLinking() {
        messageType = "LtiDeepLinkingRequest";
        targetPath = "/lti/deep-link";
        return this;
    }

    LaunchSpec override(String claim, Object value) {
        overrides.put(claim, value);
        return this;
    }
}
