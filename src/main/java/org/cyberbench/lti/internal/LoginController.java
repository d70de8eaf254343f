package org.cyberbench.lti.internal;

import org.cyberbench.lti.LtiProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /lti/login}: the platform's login initiation, as a form POST (Moodle) or a GET. Sets a cookie
 * that binds the state to this browser (login CSRF) and redirects to the platform. Open to anyone:
 * nobody is signed in yet, and nothing happens until the platform's signed answer comes back.
 */
@Controller
class LoginController {

    static final String STATE_COOKIE = "LTI_STATE_";

    private final LoginInitiation initiation;
    private final ToolEndpoints endpoints;
    private final LtiProperties properties;

    LoginController(LoginInitiation initiation, ToolEndpoints endpoints, LtiProperties properties) {
        this.initiation = initiation;
        this.endpoints = endpoints;
        this.properties = properties;
    }

    @RequestMapping(path = ToolEndpoints.LOGIN, method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<Void> login(@RequestParam(name = "iss", required = false) String issuer,
            @RequestParam(name = "login_hint", required = false) String loginHint,
            @RequestParam(name = "target_link_uri", required = false) String targetLinkUri,
            @RequestParam(name = "lti_message_hint", required = false) String messageHint,
            @RequestParam(name = "lti_deployment_id", required = false) String deploymentId,
            @RequestParam(name = "client_id", required = false) String clientId) {
        LoginInitiation.Redirect redirect = initiation.start(new LoginInitiation.Request(issuer, loginHint, targetLinkUri, messageHint,
                deploymentId, clientId));
        // SameSite=None (with Secure) so that the cookie comes back with the platform's cross-site POST;
        // over plain http (development) browsers refuse None without Secure, so Lax: the LMS must then be on the same site.
        boolean secure = endpoints.secure();
        ResponseCookie cookie = ResponseCookie.from(STATE_COOKIE + redirect.state(), redirect.state()).path("/lti").httpOnly(true)
                .secure(secure).sameSite(secure ? "None" : "Lax").maxAge(properties.lti().stateTtl()).build();
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.SET_COOKIE, cookie.toString())
                .location(redirect.authorisation()).build();
    }
}
