package org.cyberbench.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every UI string comes from here: {@code vaadin-i18n/translations*.properties}, English as the
 * base bundle and one file per further language. A missing key shows as {@code !key} and is
 * logged, and TranslationBundlesTest fails when the languages do not have the same keys.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale FRENCH = Locale.FRENCH;
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, FRENCH);
    public static final String BUNDLE = "vaadin-i18n.translations";

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final ResourceBundle.Control NO_FALLBACK_TO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale effective = supportedOrDefault(locale);
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, effective, NO_FALLBACK_TO_DEFAULT_LOCALE).getString(key);
            return params == null || params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation for key '{}' in {}", key, effective);
            return "!" + key;
        }
    }

    /** The supported locale that best matches the given one (same language), else English. */
    public static Locale supportedOrDefault(Locale locale) {
        return find(locale == null ? null : locale.getLanguage()).orElse(ENGLISH);
    }

    /** The supported locale for a language code such as {@code "fr"}, if we have it. */
    public static Optional<Locale> find(String languageCode) {
        if (languageCode == null) {
            return Optional.empty();
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equalsIgnoreCase(languageCode.trim())).findFirst();
    }
}
