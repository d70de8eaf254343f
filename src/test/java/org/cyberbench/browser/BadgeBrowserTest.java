package org.cyberbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cyberbench.TestCourses;
import org.cyberbench.TestUsers;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.learning.Certificate;
import org.cyberbench.learning.CertificateService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A judge downloads her certificate as an Open Badge; someone she shows it to checks the file on the
 * public page without signing in; after the certificate is revoked the same file shows as revoked,
 * and a changed file proves nothing. In English and French.
 */
class BadgeBrowserTest extends BrowserTest {

    @Autowired
    TestUsers testUsers;
    @Autowired
    TestCourses testCourses;
    @Autowired
    CertificateService certificates;

    @Test
    void aJudgesBadgeIsDownloadedAndCheckedByAnyoneThenShowsAsRevoked() throws Exception {
        UserAccount judge = testUsers.create("Bianca Badge", Role.LEARNER);
        testCourses.importSmallCourse("badge-browser-course");
        Certificate certificate = testCourses.certify(judge, "badge-browser-course");

        signIn(judge.email(), TestUsers.PASSWORD);
        waitForText("Welcome, Bianca Badge");
        open("badges");
        WebElement link = wait.until(d -> d.findElement(By.id("badge-" + certificate.code())));
        screenshot("my-open-badges");
        Path file = Files.createTempFile("open-badge-", ".json");
        Files.write(file, downloadBytes(link.getDomProperty("href")));
        assertThat(Files.readString(file)).contains("\"OpenBadgeCredential\"").contains("\"eddsa-rdfc-2022\"");

        driver.manage().deleteAllCookies();
        open("badges/verify");
        upload("badge-upload", file);
        wait.until(d -> d.findElement(By.id("badge-outcome")).getText().startsWith("Valid"));
        assertThat(driver.findElement(By.id("badge-verification")).getText()).contains("Bianca Badge").contains("badge-browser-course");
        screenshot("badge-valid");

        Path changed = Files.createTempFile("changed-badge-", ".json");
        Files.writeString(changed, Files.readString(file).replace("Bianca Badge", "Mallory Forger"), StandardCharsets.UTF_8);
        upload("badge-upload", changed);
        wait.until(d -> d.findElement(By.id("badge-outcome")).getText().startsWith("Not valid"));
        assertThat(driver.findElement(By.id("badge-verification")).getText()).contains("changed after it was signed")
                .doesNotContain("Mallory Forger");
        screenshot("badge-changed");

        UserAccount admin = testUsers.create("Arno Admin", Role.ADMIN);
        testUsers.as(admin, () -> certificates.revoke(certificate.code(), "Issued by mistake"));
        open("badges/verify");
        upload("badge-upload", file);
        wait.until(d -> d.findElement(By.id("badge-outcome")).getText().startsWith("Revoked"));
        screenshot("badge-revoked");

        driver.manage().addCookie(new org.openqa.selenium.Cookie(org.cyberbench.shared.i18n.LocalePreference.COOKIE, "fr"));
        open("badges/verify");
        waitForText("Vérifier un Open Badge");
        upload("badge-upload", file);
        wait.until(d -> d.findElement(By.id("badge-outcome")).getText().startsWith("Révoqué"));
        screenshot("badge-revoked-french");
    }
}
