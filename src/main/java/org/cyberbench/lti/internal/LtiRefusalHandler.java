package org.cyberbench.lti.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.cyberbench.shared.UserFacingException;
import org.cyberbench.shared.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refused LTI request becomes a short page in the person's language saying what to do; the technical
 * reason goes to the log only (it never contains a token).
 */
@ControllerAdvice(basePackageClasses = LtiRefusalHandler.class)
class LtiRefusalHandler {

    private static final Logger log = LoggerFactory.getLogger(LtiRefusalHandler.class);

    private final HtmlPages pages;

    LtiRefusalHandler(HtmlPages pages) {
        this.pages = pages;
    }

    @ExceptionHandler(LtiRefusal.class)
    ResponseEntity<String> refused(LtiRefusal refusal, HttpServletRequest request) {
        log.warn("LTI request to {} refused: {}", request.getRequestURI(), refusal.getMessage());
        Locale locale = Translations.supportedOrDefault(request.getLocale());
        return pages.message(locale, HttpStatus.valueOf(refusal.status()), pages.text(locale, "lti.error.title"),
                pages.text(locale, refusal.messageKey()));
    }

    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<String> userFacing(UserFacingException e, HttpServletRequest request) {
        Locale locale = Translations.supportedOrDefault(request.getLocale());
        return pages.message(locale, HttpStatus.BAD_REQUEST, pages.text(locale, "lti.error.title"),
                pages.text(locale, e.messageKey(), e.arguments()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<String> denied(AccessDeniedException e, HttpServletRequest request) {
        Locale locale = Translations.supportedOrDefault(request.getLocale());
        return pages.message(locale, HttpStatus.FORBIDDEN, pages.text(locale, "lti.error.title"), pages.text(locale, "lti.error.denied"));
    }
}
