package org.cyberbench.lti.internal;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/**
 * Builds and signs an LtiDeepLinkingResponse: RS256 with the tool key's kid (Moodle needs it), issued
 * by our client id to the platform, for the request's deployment, echoing its {@code data}. Each chosen
 * course or scenario is an ltiResourceLink on our launch URL whose custom parameter says what it opens,
 * with a 0–100 grade column when the platform accepts line items.
 */
@Component
public class DeepLinkResponses {

    /** One chosen item: {@code parameter} is "course" or "scenario". */
    public record ContentItem(String parameter, String slug, String title, String text) {
    }

    private final ToolKeys keys;
    private final ToolEndpoints endpoints;
    private final Clock clock;

    DeepLinkResponses(ToolKeys keys, ToolEndpoints endpoints, Clock clock) {
        this.keys = keys;
        this.endpoints = endpoints;
        this.clock = clock;
    }

    public String sign(PlatformEntity platform, LaunchEntity launch, List<ContentItem> items) {
        RSAKey key = keys.signingKey();
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(platform.getClientId())
                .audience(List.of(platform.getIssuer()))
                .issuedAt(now)
                .expiresAt(now.plusSeconds(300))
                .claim("nonce", LaunchStates.random())
                .claim(LtiMessage.LTI + "message_type", LtiMessage.DEEP_LINKING_RESPONSE)
                .claim(LtiMessage.LTI + "version", "1.3.0")
                .claim(LtiMessage.LTI + "deployment_id", launch.getDeploymentId())
                .claim(LtiMessage.DL + "content_items", items.stream().map(i -> contentItem(i, launch)).toList());
        if (launch.getData() != null) {
            claims.claim(LtiMessage.DL + "data", launch.getData());
        }
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).type("JWT").build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }

    Map<String, Object> contentItem(ContentItem item, LaunchEntity launch) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", "ltiResourceLink");
        json.put("title", item.title());
        if (item.text() != null && !item.text().isBlank()) {
            json.put("text", item.text());
        }
        json.put("url", endpoints.url(ToolEndpoints.LAUNCH));
        json.put("custom", Map.of(item.parameter(), item.slug()));
        if (launch.isAcceptLineItem()) {
            json.put("lineItem", Map.of("label", item.title(), "scoreMaximum", 100, "resourceId", item.parameter() + ":" + item.slug(),
                    "tag", "cyberbench"));
        }
        if (launch.isAcceptWindow()) {
            // a new window keeps Cyberbench first-party, so its cookies work in every browser
            json.put("window", Map.of("targetName", "_blank"));
        }
        return json;
    }
}
