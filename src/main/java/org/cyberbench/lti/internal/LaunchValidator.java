package org.cyberbench.lti.internal;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import org.cyberbench.lti.LtiProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;

/**
 * Checks an id_token posted to the launch endpoint, in the order of the security checklist: the state
 * was ours (consumed before anything else), the token belongs to the platform the state was issued for,
 * its signature and times hold, its nonce is the state's and was never used, and the LTI claims are
 * those of a 1.3 launch from a known deployment to one of our own addresses.
 */
@Component
class LaunchValidator {

    private static final Logger log = LoggerFactory.getLogger(LaunchValidator.class);

    private final PlatformRepository platforms;
    private final PlatformDecoders decoders;
    private final LaunchStates states;
    private final ToolEndpoints endpoints;
    private final LtiProperties properties;

    LaunchValidator(PlatformRepository platforms, PlatformDecoders decoders, LaunchStates states, ToolEndpoints endpoints,
            LtiProperties properties) {
        this.platforms = platforms;
        this.decoders = decoders;
        this.states = states;
        this.endpoints = endpoints;
        this.properties = properties;
    }

    record Validated(PlatformEntity platform, LtiMessage message) {
    }

    /** The state as stored, already deleted; refused when unknown, used or expired. */
    LaunchStates.State consumeState(String state) {
        return states.consume(state).orElseThrow(() -> new LtiRefusal("lti.error.state", "unknown, used or expired state"));
    }

    /** After a platform's error answer: the state, if it was ours, is used up too. */
    void consumeStateIfAny(String state) {
        states.consume(state);
    }

    Validated validate(String idToken, LaunchStates.State state) {
        PlatformEntity platform = platforms.findById(state.platformId()).filter(PlatformEntity::isActive)
                .orElseThrow(() -> new LtiRefusal("lti.error.platform", "platform of the state is gone or not active"));
        checkBelongsTo(idToken, platform);
        Jwt jwt;
        try {
            jwt = decoders.decoder(platform).decode(idToken);
        } catch (JwtException e) {
            throw new LtiRefusal("lti.error.token", "id_token refused for platform " + platform.getId() + ": " + e.getMessage());
        }
        LtiMessage message = LtiMessage.from(jwt.getClaims());
        if (message.nonce() == null || !java.security.MessageDigest.isEqual(message.nonce().getBytes(), state.nonce().getBytes())) {
            throw new LtiRefusal("lti.error.token", "nonce is not the one of the state");
        }
        Instant keepUntil = jwt.getExpiresAt().plus(properties.lti().clockSkew()).plusSeconds(60);
        if (!states.useNonce(platform.getId(), message.nonce(), keepUntil)) {
            throw new LtiRefusal("lti.error.replay", "nonce already used: the same id_token was posted twice");
        }
        checkLtiClaims(message, platform, state);
        log.info("LTI launch accepted: platform {}, deployment {}, message {}, kid {}", platform.getId(), message.deploymentId(),
                message.messageType(), kid(idToken));
        return new Validated(platform, message);
    }

    /**
     * Before verifying: the token must be RS256 and name the state's platform as issuer and our client
     * id there as audience, so that a token from another registration cannot ride on this state.
     */
    private static void checkBelongsTo(String idToken, PlatformEntity platform) {
        try {
            SignedJWT parsed = SignedJWT.parse(idToken);
            if (!JWSAlgorithm.RS256.equals(parsed.getHeader().getAlgorithm())) {
                throw new LtiRefusal("lti.error.token", "id_token algorithm " + parsed.getHeader().getAlgorithm() + " refused");
            }
            String issuer = parsed.getJWTClaimsSet().getIssuer();
            List<String> audience = parsed.getJWTClaimsSet().getAudience();
            if (!platform.getIssuer().equals(issuer) || audience == null || !audience.contains(platform.getClientId())) {
                throw new LtiRefusal("lti.error.token", "id_token issuer/audience is not the registration of the state");
            }
        } catch (ParseException e) {
            throw new LtiRefusal("lti.error.token", "id_token is not a signed JWT");
        }
    }

    private void checkLtiClaims(LtiMessage message, PlatformEntity platform, LaunchStates.State state) {
        require("1.3.0".equals(message.version()), "LTI version " + message.version());
        require(LtiMessage.RESOURCE_LINK_REQUEST.equals(message.messageType()) || LtiMessage.DEEP_LINKING_REQUEST.equals(message.messageType()),
                "message type " + message.messageType());
        String deployment = message.deploymentId();
        if (deployment == null || deployment.length() > 255 || !platform.hasDeployment(deployment)) {
            throw new LtiRefusal("lti.error.deployment", "unknown deployment id for platform " + platform.getId());
        }
        require(endpoints.isOwn(message.targetLinkUri()), "target_link_uri is not on our origin");
        require(message.targetLinkUri().equals(state.targetLinkUri()), "target_link_uri differs from the login initiation");
        require(message.roles() != null, "roles claim missing");
        require(message.subject() != null && !message.subject().isBlank(), "anonymous launch (no sub)");
        if (LtiMessage.RESOURCE_LINK_REQUEST.equals(message.messageType())) {
            require(message.resourceLinkId() != null && !message.resourceLinkId().isBlank(), "resource_link.id missing");
        } else {
            LtiMessage.DeepLinking dl = message.deepLinking();
            require(dl != null && dl.returnUrl() != null && !dl.acceptTypes().isEmpty(), "deep_linking_settings incomplete");
            if (!message.isInstructor()) {
                throw new LtiRefusal("lti.error.notInstructor", "deep linking request from someone who does not teach the context", 403);
            }
        }
    }

    private static void require(boolean condition, String reason) {
        if (!condition) {
            throw new LtiRefusal("lti.error.claims", "LTI claims refused: " + reason);
        }
    }

    private static String kid(String idToken) {
        try {
            return SignedJWT.parse(idToken).getHeader().getKeyID();
        } catch (ParseException e) {
            return "?";
        }
    }
}
