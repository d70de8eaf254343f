package org.cyberbench.shared.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A language picker showing each language in its own name (English, Français). Changing it applies
 * the language, lets the caller remember it (for a signed-in user, in the profile) and reloads.
 */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch(Consumer<Locale> remember) {
        setItems(Translations.SUPPORTED);
        setItemLabelGenerator(LanguageSwitch::nativeName);
        setAriaLabel("Language / Langue");
        setId("language-switch");
        addAttachListener(event -> setValue(Translations.supportedOrDefault(event.getUI().getLocale())));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                remember.accept(event.getValue());
                LocalePreference.apply(event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }

    public LanguageSwitch() {
        this(locale -> {
        });
    }

    public static String nativeName(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
