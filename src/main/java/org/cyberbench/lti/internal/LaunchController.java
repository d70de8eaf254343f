package org.cyberbench.lti.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.cyberbench.lti.LtiDeepLinking;
import org.cyberbench.shared.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /lti/launch} (and {@code /lti/deep-link}, for platforms that post deep-linking launches to
 * it): the platform's form post of the id_token. Open to anyone, because the person is not signed in
 * yet: the signed token, the single-use state and its browser cookie are what authenticate the
 * request. A valid launch signs the person in and redirects (303) to the course, scenario or picker.
 * {@code /lti/deep-link/return/{id}} hands the signed deep-linking response to the platform, only in
 * the session of the person who made it.
 */
@Controller
class LaunchController {

    private static final Logger log = LoggerFactory.getLogger(LaunchController.class);

    private final LaunchValidator validator;
    private final LaunchService launches;
    private final LtiSignIn signIn;
    private final LtiDeepLinking deepLinking;
    private final ToolEndpoints endpoints;
    private final HtmlPages pages;

    LaunchController(LaunchValidator validator, LaunchService launches, LtiSignIn signIn, LtiDeepLinking deepLinking,
            ToolEndpoints endpoints, HtmlPages pages) {
        this.validator = validator;
        this.launches = launches;
        this.signIn = signIn;
        this.deepLinking = deepLinking;
        this.endpoints = endpoints;
        this.pages = pages;
    }

    @PostMapping(path = {ToolEndpoints.LAUNCH, ToolEndpoints.DEEP_LINK})
    ResponseEntity<String> launch(@RequestParam(name = "id_token", required = false) String idToken,
            @RequestParam(name = "state", required = false) String state,
            @RequestParam(name = "error", required = false) String error,
            @RequestParam(name = "error_description", required = false) String errorDescription,
            HttpServletRequest request, HttpServletResponse response) {
        if (state != null && state.matches("[A-Za-z0-9_-]{1,64}")) {
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(LoginController.STATE_COOKIE + state, "").path("/lti")
                    .maxAge(0).httpOnly(true).secure(endpoints.secure()).sameSite(endpoints.secure() ? "None" : "Lax").build().toString());
        }
        if (error != null) {
            validator.consumeStateIfAny(state);
            log.info("Platform answered the login with an error: {}", Texts.cut(error, 100));
            throw new LtiRefusal("lti.error.platformSaid", "platform error " + Texts.cut(error, 100) + ": " + Texts.cut(errorDescription, 200));
        }
        LaunchStates.State stored = validator.consumeState(state);
        if (!cookieMatches(request, stored.state())) {
            throw new LtiRefusal("lti.error.cookie", "state cookie missing or different (third-party cookies blocked?)");
        }
        if (idToken == null || idToken.isBlank()) {
            throw new LtiRefusal("lti.error.token", "no id_token");
        }
        LaunchValidator.Validated valid = validator.validate(idToken, stored);
        LaunchService.Landing landing;
        try {
            landing = launches.accept(valid);
        } catch (DataIntegrityViolationException e) {
            // two first launches of the same person at once: the other one created the account and the link
            landing = launches.accept(valid);
        }
        signIn.signIn(landing.account(), request, response);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(endpoints.url(landing.path()))).build();
    }

    @GetMapping(ToolEndpoints.DEEP_LINK + "/return/{launchId}")
    ResponseEntity<String> deepLinkReturn(@PathVariable String launchId, HttpServletRequest request) {
        LtiDeepLinking.Response signed = deepLinking.takeResponse(launchId);
        return pages.autoPost(Translations.supportedOrDefault(request.getLocale()), signed.returnUrl(), Map.of("JWT", signed.jwt()));
    }

    private static boolean cookieMatches(HttpServletRequest request, String state) {
        Cookie[] cookies = request.getCookies();
        return cookies != null && Arrays.stream(cookies).anyMatch(c -> c.getName().equals(LoginController.STATE_COOKIE + state)
                && MessageDigest.isEqual(c.getValue().getBytes(StandardCharsets.US_ASCII), state.getBytes(StandardCharsets.US_ASCII)));
    }

}
