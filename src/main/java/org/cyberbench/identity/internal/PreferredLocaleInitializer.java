package org.cyberbench.identity.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.cyberbench.identity.CurrentUser;
import org.cyberbench.shared.i18n.LocalePreference;
import org.cyberbench.shared.i18n.Translations;
import org.springframework.stereotype.Component;

/**
 * Opens every page in the language the person chose: one picked in this session, else a signed-in
 * user's profile language, else the visitor's cookie, else the best match for the browser's languages.
 */
@Component
class PreferredLocaleInitializer implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final UserRepository users;

    PreferredLocaleInitializer(CurrentUser currentUser, UserRepository users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiInit -> {
            UI ui = uiInit.getUI();
            Locale locale = LocalePreference.chosenIn(ui.getSession())
                    .or(() -> currentUser.id().flatMap(users::findById).flatMap(user -> Translations.find(user.getPreferredLanguage())))
                    .or(() -> LocalePreference.fromCookie(VaadinRequest.getCurrent()))
                    .orElseGet(() -> Translations.supportedOrDefault(ui.getLocale()));
            ui.getSession().setLocale(locale);
            ui.setLocale(locale);
        });
    }
}
