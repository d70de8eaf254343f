package org.cyberbench.lti.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cyberbench.lti.PlatformStatus;
import org.cyberbench.lti.RegistrationMethod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * LTI Dynamic Registration 1.0: reads the platform's OpenID configuration, checks it (its issuer is on
 * the configuration's host; RS256 and private_key_jwt are supported), sends our tool configuration to
 * its registration endpoint with the one-time registration token, and keeps the answer (client id,
 * deployment id, granted scopes) as a platform that waits for a Cyberbench administrator to activate it.
 */
@Component
class DynamicRegistration {

    private static final Logger log = LoggerFactory.getLogger(DynamicRegistration.class);
    private static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";
    private static final String PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration";

    record Registered(long platformId, String name) {
    }

    private final UrlGuard guard;
    private final PlatformHttp http;
    private final ToolEndpoints endpoints;
    private final PlatformRepository platforms;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DynamicRegistration(UrlGuard guard, PlatformHttp http, ToolEndpoints endpoints, PlatformRepository platforms,
            TransactionTemplate transactions, Clock clock) {
        this.guard = guard;
        this.http = http;
        this.endpoints = endpoints;
        this.platforms = platforms;
        this.transactions = transactions;
        this.clock = clock;
    }

    Registered register(String openidConfiguration, String registrationToken) {
        URI configurationUrl = guard.check(openidConfiguration);
        String token = registrationToken == null || registrationToken.isBlank() ? null : registrationToken.strip();
        try {
            PlatformHttp.Reply reply = http.get(configurationUrl, "application/json", token);
            if (!reply.ok()) {
                throw refused("configuration: HTTP " + reply.status());
            }
            JsonNode configuration = reply.json();
            String issuer = configuration.path("issuer").asString("");
            if (!configurationUrl.getHost().equalsIgnoreCase(hostOf(issuer))) {
                throw refused("issuer host differs from the configuration's host");
            }
            URI issuerUri = guard.check(issuer);
            if (!contains(configuration.path("id_token_signing_alg_values_supported"), "RS256")
                    || !contains(configuration.path("token_endpoint_auth_methods_supported"), "private_key_jwt")) {
                throw refused("platform does not support RS256 and private_key_jwt");
            }
            URI registrationEndpoint = guard.check(configuration.path("registration_endpoint").asString(""));
            String auth = guard.check(configuration.path("authorization_endpoint").asString("")).toString();
            String tokenUrl = guard.check(configuration.path("token_endpoint").asString("")).toString();
            String jwks = guard.check(configuration.path("jwks_uri").asString("")).toString();

            PlatformHttp.Reply answer = http.post(registrationEndpoint, "application/json", "application/json",
                    PlatformHttp.MAPPER.writeValueAsString(toolConfiguration()), token);
            if (!answer.ok()) {
                throw refused("registration: HTTP " + answer.status());
            }
            JsonNode registered = answer.json();
            String clientId = registered.path("client_id").asString("");
            String deploymentId = registered.path(TOOL_CONFIGURATION).path("deployment_id").asString(null);
            if (clientId.isBlank()) {
                throw refused("registration answer without client_id");
            }
            String product = configuration.path(PLATFORM_CONFIGURATION).path("product_family_code").asString("LMS");
            String name = Texts.cut(product + " " + issuerUri.getHost(), 200);
            String scopes = registered.path("scope").asString(null);
            long id = transactions.execute(tx -> store(name, issuer, clientId, deploymentId, auth, tokenUrl, jwks, scopes));
            log.info("Platform {} registered dynamically as {} (waits for activation)", id, name);
            return new Registered(id, name);
        } catch (IOException | RuntimeException e) {
            if (e instanceof LtiRefusal refusal) {
                throw refusal;
            }
            throw refused(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private long store(String name, String issuer, String clientId, String deploymentId, String auth, String token, String jwks,
            String scopes) {
        if (platforms.findByIssuerAndClientId(issuer, clientId).isPresent()) {
            throw refused("this platform and client id are registered already");
        }
        PlatformEntity platform = new PlatformEntity(name, issuer, clientId, auth, token, jwks, PlatformStatus.PENDING,
                RegistrationMethod.DYNAMIC, clock.instant(), null);
        if (deploymentId != null && !deploymentId.isBlank()) {
            platform.addDeployment(deploymentId);
        }
        platform.setGrantedScopes(scopes == null ? null : Texts.cut(scopes, 2000));
        return platforms.saveAndFlush(platform).getId();
    }

    /** What we ask for: the LTI tool configuration (IMS LTI-DR 1.0, §3.1), in the shape Moodle checks. */
    Map<String, Object> toolConfiguration() {
        Map<String, Object> lti = new LinkedHashMap<>();
        lti.put("domain", endpoints.urls().domain());
        lti.put("target_link_uri", endpoints.url(ToolEndpoints.LAUNCH));
        lti.put("description", "Cybercrime and electronic-evidence training for judges, prosecutors, police and defence lawyers");
        lti.put("custom_parameters", Map.of());
        lti.put("claims", List.of("iss", "sub", "name", "given_name", "family_name", "email", "locale"));
        lti.put("messages", List.of(Map.of("type", "LtiDeepLinkingRequest", "target_link_uri", endpoints.url(ToolEndpoints.DEEP_LINK),
                "label", "Cyberbench")));
        Map<String, Object> tool = new LinkedHashMap<>();
        tool.put("application_type", "web");
        tool.put("response_types", List.of("id_token"));
        tool.put("grant_types", List.of("implicit", "client_credentials"));
        tool.put("initiate_login_uri", endpoints.url(ToolEndpoints.LOGIN));
        tool.put("redirect_uris", List.of(endpoints.url(ToolEndpoints.LAUNCH), endpoints.url(ToolEndpoints.DEEP_LINK)));
        tool.put("client_name", "Cyberbench");
        tool.put("jwks_uri", endpoints.url(ToolEndpoints.JWKS));
        tool.put("token_endpoint_auth_method", "private_key_jwt");
        tool.put("scope", String.join(" ", ServiceTokens.AGS_LINEITEM, ServiceTokens.AGS_LINEITEM_READ, ServiceTokens.AGS_RESULT_READ,
                ServiceTokens.AGS_SCORE, ServiceTokens.NRPS));
        tool.put(TOOL_CONFIGURATION, lti);
        return tool;
    }

    private static String hostOf(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean contains(JsonNode array, String value) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values.contains(value);
    }


    private static LtiRefusal refused(String reason) {
        return new LtiRefusal("lti.error.registration", "dynamic registration refused: " + reason);
    }
}
