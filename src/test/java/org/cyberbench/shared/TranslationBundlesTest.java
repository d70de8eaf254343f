package org.cyberbench.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cyberbench.identity.Profession;
import org.cyberbench.identity.Role;
import org.cyberbench.institutions.InstitutionType;
import org.cyberbench.shared.i18n.Translations;
import org.junit.jupiter.api.Test;

/** Every interface text exists in English and French, and every key the code asks for exists. */
class TranslationBundlesTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation\\(\\s*|@Menu\\([^)]*title\\s*=\\s*)\"([a-zA-Z0-9_.]+)\"");

    @Test
    void englishAndFrenchHaveTheSameKeys() throws IOException {
        Set<String> english = load("translations.properties").stringPropertyNames();
        Set<String> french = load("translations_fr.properties").stringPropertyNames();
        assertThat(difference(english, french)).as("keys missing in French").isEmpty();
        assertThat(difference(french, english)).as("keys missing in English").isEmpty();
    }

    @Test
    void noTranslationIsEmpty() throws IOException {
        for (String file : new String[] {"translations.properties", "translations_fr.properties"}) {
            Properties bundle = load(file);
            assertThat(bundle.stringPropertyNames()).allSatisfy(key ->
                    assertThat(bundle.getProperty(key)).as(file + ": " + key).isNotBlank());
        }
    }

    /** In a text with {0}-style arguments a lone ' starts a quoted section and swallows the arguments. */
    @Test
    void textsWithArgumentsHaveNoLoneApostrophe() throws IOException {
        for (String file : new String[] {"translations.properties", "translations_fr.properties"}) {
            Properties bundle = load(file);
            assertThat(bundle.stringPropertyNames()).allSatisfy(key -> {
                String text = bundle.getProperty(key);
                if (text.matches("(?s).*\\{\\d.*")) {
                    assertThat(text.replace("''", "")).as(file + ": " + key).doesNotContain("'");
                }
            });
        }
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Set<String> english = load("translations.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        for (Profession p : Profession.values()) {
            used.add(p.labelKey());
        }
        for (Role r : Role.values()) {
            used.add(r.labelKey());
        }
        for (InstitutionType t : InstitutionType.values()) {
            used.add(t.labelKey());
        }
        for (var e : org.cyberbench.course.CourseLevel.values()) {
            used.add(e.labelKey());
        }
        for (var e : org.cyberbench.course.DeliveryMode.values()) {
            used.add(e.labelKey());
        }
        for (var e : org.cyberbench.course.LessonKind.values()) {
            used.add(e.labelKey());
        }
        for (var e : org.cyberbench.scenario.RunStatus.values()) {
            used.add(e.labelKey());
        }
        for (var e : org.cyberbench.scenario.ScenarioEngine.Outcome.values()) {
            used.add(e.messageKey());
        }
        for (var e : org.cyberbench.glossary.TermType.values()) {
            used.add(e.labelKey());
        }
        for (var e : org.cyberbench.glossary.TermStatus.values()) {
            used.add(e.labelKey());
        }
        org.cyberbench.glossary.SubjectFields.ALL.forEach(f -> used.add(org.cyberbench.glossary.SubjectFields.labelKey(f)));
        for (var e : org.cyberbench.learning.CertificateStatus.values()) {
            used.add(e.labelKey());
            used.add(e.verificationKey());
        }
        for (var e : org.cyberbench.trainers.TrainerLevel.values()) {
            used.add(e.labelKey());
        }
        for (var e : org.cyberbench.trainers.AccreditationStatus.values()) {
            used.add(e.labelKey());
        }
        for (var e : org.cyberbench.trainers.PathwayRules.Step.values()) {
            used.add(e.labelKey());
        }
        for (var e : org.cyberbench.events.EventFormat.values()) {
            used.add(e.labelKey());
        }
        for (var e : org.cyberbench.events.RegistrationMode.values()) {
            used.add(e.labelKey());
        }
        for (var e : org.cyberbench.events.RegistrationStatus.values()) {
            used.add(e.labelKey());
        }
        for (var e : org.cyberbench.lti.PlatformStatus.values()) {
            used.add(e.labelKey());
        }
        for (var e : org.cyberbench.lti.RegistrationMethod.values()) {
            used.add(e.labelKey());
        }
        for (int i = 1; i <= 5; i++) {
            used.add("event.evaluation.scale" + i);
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(difference(used, english)).as("keys used in code but not translated").isEmpty();
    }

    @Test
    void parametersAreFormattedWithoutLosingApostrophes() {
        Translations translations = new Translations();
        assertThat(translations.getTranslation("register.passwordHelp", Translations.FRENCH, 10))
                .startsWith("Au moins 10 caractères").contains("l’affaire");
        assertThat(translations.getTranslation("dashboard.admin.users", Translations.ENGLISH, 1)).isEqualTo("1 user");
        assertThat(translations.getTranslation("dashboard.admin.users", Translations.FRENCH, 3)).isEqualTo("3 utilisateurs");
    }

    @Test
    void unknownLocaleFallsBackToEnglishAndMissingKeyIsVisible() {
        Translations translations = new Translations();
        assertThat(translations.getTranslation("nav.dashboard", java.util.Locale.GERMAN)).isEqualTo("Dashboard");
        assertThat(translations.getTranslation("no.such.key", Translations.FRENCH)).isEqualTo("!no.such.key");
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(new HashSet<>(b));
        return result;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + name);
                Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
