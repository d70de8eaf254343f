package org.cyberbench.lti.internal;

import java.util.Locale;
import java.util.Map;
import org.cyberbench.shared.i18n.Translations;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The few plain HTML pages of the LTI endpoints, outside Vaadin: a form that posts itself to a platform
 * (deep-linking response), a message (a refused launch), and the end of a dynamic registration, which
 * tells the LMS to close its dialog. Every value is HTML-escaped.
 */
@Component
class HtmlPages {

    private final Translations translations;

    HtmlPages(Translations translations) {
        this.translations = translations;
    }

    String text(Locale locale, String key, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }

    ResponseEntity<String> autoPost(Locale locale, String action, Map<String, String> fields) {
        StringBuilder inputs = new StringBuilder();
        fields.forEach((name, value) -> inputs.append("<input type=\"hidden\" name=\"").append(escape(name)).append("\" value=\"")
                .append(escape(value)).append("\">"));
        String body = "<form id=\"lti-form\" method=\"post\" action=\"" + escape(action) + "\">" + inputs
                + "<noscript><button type=\"submit\">" + escape(text(locale, "lti.page.continue")) + "</button></noscript></form>"
                + "<script>document.getElementById('lti-form').submit();</script>";
        return html(HttpStatus.OK, page(locale, text(locale, "lti.page.sending"), body));
    }

    ResponseEntity<String> message(Locale locale, HttpStatus status, String title, String message) {
        return html(status, page(locale, title, "<h1>" + escape(title) + "</h1><p>" + escape(message) + "</p>"));
    }

    /** The end of a dynamic registration: the LMS closes its registration window on this message. */
    ResponseEntity<String> registrationDone(Locale locale, String title, String message) {
        String body = "<h1>" + escape(title) + "</h1><p>" + escape(message) + "</p>"
                + "<script>(window.opener || window.parent).postMessage({subject: 'org.imsglobal.lti.close'}, '*');</script>";
        return html(HttpStatus.OK, page(locale, title, body));
    }

    private static String page(Locale locale, String title, String body) {
        return "<!DOCTYPE html><html lang=\"" + escape(locale.getLanguage()) + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escape(title) + "</title>"
                + "<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5}</style>"
                + "</head><body>" + body + "</body></html>";
    }

    private static ResponseEntity<String> html(HttpStatus status, String html) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store").body(html);
    }

    static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
