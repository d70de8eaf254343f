package org.cyberbench.shared.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The interface language chosen by a visitor before they sign in, kept in a cookie; signed-in users
 * keep theirs in their profile. Applying a language sets it on the whole session, for the rest of it.
 */
public final class LocalePreference {

    public static final String COOKIE = "cyberbench-lang";
    private static final String CHOSEN = LocalePreference.class.getName() + ".chosen";

    private LocalePreference() {
    }

    /**
     * The language picked with a switch in this session, if any: it wins over the profile's for the rest of
     * the session, so that a signed-in participant who switches on a page without the menu (joining a
     * scenario, playing it, verifying a certificate) sees the pages that follow in that language.
     */
    public static Optional<Locale> chosenIn(VaadinSession session) {
        return session == null ? Optional.empty() : Optional.ofNullable((Locale) session.getAttribute(CHOSEN));
    }

    public static Optional<Locale> fromCookie(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .findFirst()
                .flatMap(c -> Translations.find(c.getValue()));
    }

    /** Applies the language to the session and remembers it in a cookie for the next visit. */
    public static void apply(Locale locale) {
        Locale supported = Translations.supportedOrDefault(locale);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, supported.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setLocale(supported);
            session.setAttribute(CHOSEN, supported);
        } else if (UI.getCurrent() != null) {
            UI.getCurrent().setLocale(supported);
        }
    }
}
