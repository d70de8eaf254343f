package org.cyberbench.lti.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Step one of a launch (OIDC third-party initiated login): the platform names itself and where the
 * launch should go; the tool keeps a state and a nonce and sends the browser to the platform's
 * authorisation endpoint for an id_token, posted back to our redirect URI.
 */
@Component
class LoginInitiation {

    record Request(String issuer, String loginHint, String targetLinkUri, String messageHint, String deploymentId, String clientId) {
    }

    record Redirect(String state, URI authorisation) {
    }

    private final PlatformRepository platforms;
    private final LaunchStates states;
    private final ToolEndpoints endpoints;

    LoginInitiation(PlatformRepository platforms, LaunchStates states, ToolEndpoints endpoints) {
        this.platforms = platforms;
        this.states = states;
        this.endpoints = endpoints;
    }

    @Transactional
    Redirect start(Request request) {
        if (blank(request.issuer()) || blank(request.loginHint()) || blank(request.targetLinkUri())) {
            throw new LtiRefusal("lti.error.login", "login initiation without iss, login_hint or target_link_uri");
        }
        PlatformEntity platform = platform(request);
        if (request.deploymentId() != null && !platform.hasDeployment(request.deploymentId())) {
            throw new LtiRefusal("lti.error.deployment", "login initiation for an unknown deployment of platform " + platform.getId());
        }
        if (!endpoints.isOwn(request.targetLinkUri())) {
            throw new LtiRefusal("lti.error.login", "target_link_uri is not on our origin");
        }
        LaunchStates.State state = states.begin(platform.getId(), request.targetLinkUri());
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("scope", "openid");
        parameters.put("response_type", "id_token");
        parameters.put("response_mode", "form_post");
        parameters.put("prompt", "none");
        parameters.put("client_id", platform.getClientId());
        parameters.put("redirect_uri", endpoints.url(ToolEndpoints.LAUNCH));
        parameters.put("login_hint", request.loginHint());
        parameters.put("state", state.state());
        parameters.put("nonce", state.nonce());
        if (request.messageHint() != null) {
            parameters.put("lti_message_hint", request.messageHint());
        }
        // each value strictly encoded (Moodle's message hint is JSON); the platform's URL is taken as it is
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(platform.getAuthUrl());
        parameters.forEach((name, value) -> uri.queryParam(name, UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8)));
        return new Redirect(state.state(), uri.build(true).toUri());
    }

    /** The registration named by issuer and client id, or the only active one of that issuer. */
    private PlatformEntity platform(Request request) {
        List<PlatformEntity> candidates = request.clientId() != null
                ? platforms.findByIssuerAndClientId(request.issuer(), request.clientId()).stream().toList()
                : platforms.findByIssuer(request.issuer());
        List<PlatformEntity> active = candidates.stream().filter(PlatformEntity::isActive).toList();
        if (active.size() != 1) {
            throw new LtiRefusal("lti.error.platform", "no single active registration for the issuer of a login initiation");
        }
        return active.getFirst();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
