package org.cyberbench.lti.internal;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cyberbench.lti.LtiProperties;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * One id_token decoder per platform: RS256 only (no "none", no HMAC with the public key), the key
 * chosen by {@code kid} from the platform's JWKS, which is cached for 15 minutes, fetched again once
 * when an unknown kid appears (key rotation) and at most every 10 seconds however many unknown kids
 * arrive. Each decoder checks the issuer, that our client id is an audience (and the authorised party
 * when there are several), and exp/nbf/iat against our clock with the configured skew.
 */
@Component
class PlatformDecoders {

    private record Cached(String jwksUrl, JwtDecoder decoder) {
    }

    private final Map<Long, Cached> decoders = new ConcurrentHashMap<>();
    private final LtiProperties properties;
    private final Clock clock;

    PlatformDecoders(LtiProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    JwtDecoder decoder(PlatformEntity platform) {
        Cached cached = decoders.compute(platform.getId(), (id, old) ->
                old != null && old.jwksUrl().equals(platform.getJwksUrl()) ? old : new Cached(platform.getJwksUrl(), build(platform)));
        return cached.decoder();
    }

    private JwtDecoder build(PlatformEntity platform) {
        LtiProperties.Http http = properties.lti().http();
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.<SecurityContext>create(URI.create(platform.getJwksUrl()).toURL(),
                            new DefaultResourceRetriever((int) http.connectTimeout().toMillis(), (int) http.readTimeout().toMillis(),
                                    Math.min(http.maxResponseBytes(), 512 * 1024)))
                    .cache(Duration.ofMinutes(15).toMillis(), Duration.ofSeconds(5).toMillis())
                    .rateLimited(Duration.ofSeconds(10).toMillis())
                    .retrying(true)
                    .outageTolerant(true)
                    .build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new LtiRefusal("lti.error.platform", "Platform " + platform.getId() + " has an invalid JWKS URL");
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).jwsAlgorithm(SignatureAlgorithm.RS256).build();
        Duration skew = properties.lti().clockSkew();
        JwtTimestampValidator timestamps = new JwtTimestampValidator(skew);
        timestamps.setClock(clock);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(List.of(timestamps, notIssuedInTheFuture(skew),
                new JwtIssuerValidator(platform.getIssuer()), new JwtAudienceValidator(platform.getClientId()),
                authorizedParty(platform.getClientId()))));
        return decoder;
    }

    /** Spring's timestamp check covers exp and nbf; an iat in the future is refused here. */
    private OAuth2TokenValidator<Jwt> notIssuedInTheFuture(Duration skew) {
        return jwt -> {
            Instant issued = jwt.getIssuedAt();
            if (issued == null || issued.isAfter(clock.instant().plus(skew))) {
                return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "iat missing or in the future", null));
            }
            return OAuth2TokenValidatorResult.success();
        };
    }

    /** With several audiences, azp must name us; when present it must name us anyway (OIDC core 3.1.3.7). */
    private static OAuth2TokenValidator<Jwt> authorizedParty(String clientId) {
        return jwt -> {
            String azp = jwt.getClaimAsString("azp");
            List<String> audience = jwt.getAudience() == null ? List.of() : jwt.getAudience();
            boolean ok = azp == null ? audience.size() <= 1 : azp.equals(clientId);
            return ok ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "azp missing or not our client id", null));
        };
    }
}
