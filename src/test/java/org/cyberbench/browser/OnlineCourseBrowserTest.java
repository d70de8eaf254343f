package org.cyberbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.cyberbench.TestUsers;
import org.cyberbench.course.ContentFiles;
import org.cyberbench.course.ContentFixtures;
import org.cyberbench.course.ContentImporter;
import org.cyberbench.identity.SystemAuthentication;
import org.cyberbench.shared.i18n.Translations;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The online-module journey of a judge, in English and in French: register, filter the catalogue,
 * enrol, read the lessons, fail then pass the quiz, complete the course, download the certificate,
 * and an anonymous visitor verifies it by its code. Uses a two-lesson course imported for the test
 * beside the real courses, so the whole course can be completed in a few clicks.
 */
class OnlineCourseBrowserTest extends BrowserTest {

    @Autowired
    ContentImporter importer;

    private final Translations translations = new Translations();
    private Locale locale;

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aJudgeCompletesACourseAndAnyoneCanVerifyTheCertificate(String language) throws Exception {
        locale = Locale.of(language);
        String slug = "journey-" + language;
        SystemAuthentication.runAsSystem(() -> importer.importContent(
                new ContentFiles(ContentFixtures.smallCourse(slug, 1)), "test", ContentImporter.Progress.NONE));
        String courseTitle = (language.equals("fr") ? "Cours d'essai " : "Test course ") + slug;
        String email = TestUsers.uniqueEmail("journey-" + language);

        open("register");
        if (language.equals("fr")) {
            select("language-switch", "Français");
            waitForText("Créer votre compte");
        }
        type("full-name", "Marta Kovač");
        type("email", email);
        type("password", "a judge's long password");
        type("confirm-password", "a judge's long password");
        select("profession", t("profession.JUDGE"));
        choose("country", language.equals("fr") ? "Croatie" : "Croatia");
        click("register-submit");
        waitForText(t("login.registered"));
        signIn(email, "a judge's long password");
        waitForText(t("dashboard.welcome", "Marta Kovač"));

        open("catalogue");
        waitForText(t("catalogue.title"));
        select("filter-level", t("course.level.ADVANCED"));
        waitForText(language.equals("fr") ? "La preuve électronique devant le juge" : "Electronic evidence in court");
        assertThat(pageText()).doesNotContain(courseTitle);
        screenshot("catalogue-advanced");
        select("filter-level", t("course.level.INTRODUCTORY"));
        select("filter-profession", t("profession.JUDGE"));
        type("catalogue-search", slug);
        wait.until(d -> d.findElements(By.cssSelector(".course-card")).size() == 1);
        assertThat(pageText()).contains(courseTitle);
        screenshot("catalogue-filtered");

        clickText("a", courseTitle);
        waitForText(t("course.outcomes"));
        screenshot("course-page");
        click("course-enrol");

        waitForText(language.equals("fr") ? "Première leçon" : "First lesson");
        screenshot("lesson-1");
        click("lesson-next");
        waitForText(language.equals("fr") ? "Deuxième leçon" : "Second lesson");
        click("lesson-next");

        waitForText(t("quiz.submit"));
        screenshot("quiz");
        chooseRadio(language.equals("fr") ? "Interception" : "Interception");
        chooseRadio(t2("Faux", "False"));
        click("quiz-submit");
        waitForText(t("quiz.failed"));
        screenshot("quiz-failed");

        click("quiz-retake");
        waitForText(t("quiz.submit"));
        chooseRadio(t2("Injonction de produire", "Production order"));
        chooseRadio(t2("Vrai", "True"));
        WebElement firstStepDown = driver.findElements(By.cssSelector(".ordering-row")).getFirst()
                .findElements(By.tagName("vaadin-button")).get(1);
        firstStepDown.click();
        waitForVaadin();
        assertThat(driver.findElements(By.cssSelector(".ordering-row")).getFirst().getText())
                .contains(t2("Conserver", "Preserve"));
        click("quiz-submit");
        waitForText(t("quiz.passed"));
        assertThat(pageText()).contains(t("quiz.score", 100, 60));
        screenshot("quiz-passed");

        click("quiz-continue");
        waitForText(t("course.completed"));
        screenshot("course-completed");

        open("certificates");
        WebElement codeLink = wait.until(d -> d.findElement(By.cssSelector("#certificates-grid a[href^='verify/']")));
        String code = codeLink.getText();
        assertThat(code).matches("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");
        screenshot("certificates");
        String pdfHref = driver.findElement(By.id("download-" + code)).getAttribute("href");
        byte[] pdf = download(pdfHref);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(5_000);
        java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("cyberbench.screenshot-dir", "target/screenshots"),
                "certificate-" + language + ".pdf"), pdf);

        open("dashboard");
        waitForText(courseTitle);
        screenshot("dashboard-with-course");

        driver.manage().deleteAllCookies();
        open("verify/" + code);
        if (language.equals("fr")) {
            waitForText(translations.getTranslation("verify.status.VALID", Locale.ENGLISH));
            select("language-switch", "Français");
        }
        waitForText(t("verify.status.VALID"));
        assertThat(pageText()).contains("Marta Kovač").doesNotContain(email);
        screenshot("verification-anonymous");

        open("verify/ZZZZ-ZZZZ-ZZZZ");
        waitForText(t("verify.unknown"));
    }

    private void chooseRadio(String label) {
        clickText("vaadin-radio-button", label);
    }

    private String t(String key, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }

    private String t2(String french, String english) {
        return locale.getLanguage().equals("fr") ? french : english;
    }

    /** Fetches a download link with the browser's session, as the browser would. */
    private byte[] download(String href) throws Exception {
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
