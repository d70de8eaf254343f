package org.cyberbench.lti.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.cyberbench.shared.i18n.Translations;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /lti/register}: LTI Dynamic Registration, opened by the LMS administrator's browser with the
 * platform's configuration URL and a registration token. Open to anyone because the LMS administrator
 * has no Cyberbench session; what it registers cannot launch until a Cyberbench administrator
 * activates it, and the URLs it fetches pass the SSRF guard.
 */
@Controller
class RegistrationController {

    private final DynamicRegistration registration;
    private final HtmlPages pages;

    RegistrationController(DynamicRegistration registration, HtmlPages pages) {
        this.registration = registration;
        this.pages = pages;
    }

    @GetMapping(ToolEndpoints.REGISTER)
    ResponseEntity<String> register(@RequestParam(name = "openid_configuration", required = false) String openidConfiguration,
            @RequestParam(name = "registration_token", required = false) String registrationToken, HttpServletRequest request) {
        if (openidConfiguration == null || openidConfiguration.isBlank()) {
            throw new LtiRefusal("lti.error.registration", "registration without openid_configuration");
        }
        DynamicRegistration.Registered done = registration.register(openidConfiguration, registrationToken);
        Locale locale = Translations.supportedOrDefault(request.getLocale());
        return pages.registrationDone(locale, pages.text(locale, "lti.registered.title"), pages.text(locale, "lti.registered.text", done.name()));
    }
}
