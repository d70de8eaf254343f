package org.cyberbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.cyberbench.TestCourses;
import org.cyberbench.TestUsers;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.identity.UserService;
import org.cyberbench.lti.FakeMoodle;
import org.cyberbench.lti.LaunchSpec;
import org.cyberbench.lti.LtiPlatforms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * LMS integration in a real browser: an administrator reads the addresses to give Moodle and registers
 * a Moodle site by hand; a learner opens a Cyberbench activity in (simulated) Moodle and lands on the
 * course page, signed in, in their LMS language.
 */
class LtiBrowserTest extends BrowserTest {

    @Autowired
    TestUsers testUsers;
    @Autowired
    TestCourses courses;
    @Autowired
    LtiPlatforms platforms;
    @Autowired
    UserService users;

    FakeMoodle moodle;

    @AfterEach
    void stopMoodle() {
        if (moodle != null) {
            moodle.close();
        }
    }

    @Test
    void anAdministratorSeesTheToolAddressesAndRegistersAMoodleSiteByHand() throws Exception {
        moodle = new FakeMoodle("http://localhost:" + port, "localhost");
        UserAccount admin = testUsers.create("Lena Platforms", Role.ADMIN, Role.LEARNER);
        signIn(admin.email(), TestUsers.PASSWORD);
        waitForText("Welcome, Lena Platforms");
        open("admin/lms");
        waitForText("Addresses for the LMS");
        assertThat(value("lti-url-login")).isEqualTo("http://localhost:" + port + "/lti/login");
        assertThat(value("lti-url-registration")).isEqualTo("http://localhost:" + port + "/lti/register");
        assertThat(value("lti-url-jwks")).isEqualTo("http://localhost:" + port + "/lti/jwks");
        assertThat(value("lti-url-deepLink")).isEqualTo("http://localhost:" + port + "/lti/deep-link");
        screenshot("lms-platforms");

        click("platform-new");
        type("platform-name", "Moodle of the judicial school");
        type("platform-issuer", moodle.url(""));
        type("platform-clientId", "moodle-client-7");
        type("platform-deploymentId", "3");
        type("platform-authUrl", moodle.url("/mod/lti/auth.php"));
        type("platform-tokenUrl", moodle.url("/mod/lti/token.php"));
        type("platform-jwksUrl", "not a url");
        click("platform-save");
        waitForText("An address starting with https://");
        type("platform-jwksUrl", moodle.url("/mod/lti/certs.php"));
        screenshot("platform-form");
        click("platform-save");
        waitForText("Moodle of the judicial school");
        assertThat(driver.findElement(By.id("platforms-grid")).getText()).contains("moodle-client-7", "Added by hand", "Active");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'end'});",
                driver.findElement(By.id("platforms-grid")));
        screenshot("platform-registered");

        testUsers.as(admin, () -> users.changeMyLanguage(Locale.FRENCH));
        open("admin/lms");
        waitForText("Adresses pour le LMS");
        waitForText("Ajoutée à la main");
        screenshot("lms-platforms-fr");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'end'});",
                driver.findElement(By.id("platforms-grid")));
        screenshot("lms-platforms-grid-fr");
    }

    @Test
    void aLaunchFromMoodleLandsOnTheCoursePageSignedInInTheLearnersLanguage() throws Exception {
        String slug = "lti-browser-course";
        courses.importSmallCourse(slug);
        moodle = new FakeMoodle("http://localhost:" + port, "localhost");
        UserAccount admin = testUsers.create("Launch Admin", Role.ADMIN);
        testUsers.as(admin, () -> platforms.addManually(moodle.platformForm("Browser Moodle")));

        LaunchSpec french = LaunchSpec.learner("b-" + System.nanoTime()).course(slug);
        french.name = "Jeanne Lefèvre";
        moodle.next = french;
        driver.get(moodle.launchPageUrl());
        waitForText("Cours d'essai " + slug);
        waitForVaadin();
        assertThat(driver.getCurrentUrl()).isEqualTo("http://localhost:" + port + "/courses/" + slug);
        assertThat(pageText()).contains("Jeanne Lefèvre");
        screenshot("launched-course-fr");

        LaunchSpec english = LaunchSpec.learner("b-" + System.nanoTime()).course(slug);
        english.name = "John Smith";
        english.locale = "en-GB";
        moodle.next = english;
        driver.get(moodle.launchPageUrl());
        waitForText("Test course " + slug);
        waitForVaadin();
        assertThat(pageText()).as("the previous learner's session is gone").contains("John Smith").doesNotContain("Jeanne Lefèvre");
        screenshot("launched-course-en");
    }

    @Test
    void aTeacherPicksACourseInThePickerAndMoodleReceivesTheSelection() throws Exception {
        String slug = "lti-picked-course";
        courses.importSmallCourse(slug);
        moodle = new FakeMoodle("http://localhost:" + port, "localhost");
        UserAccount admin = testUsers.create("Picker Admin", Role.ADMIN);
        testUsers.as(admin, () -> platforms.addManually(moodle.platformForm("Picker Moodle")));
        LaunchSpec teacher = LaunchSpec.learner("t-" + System.nanoTime()).teacher().deepLinking();
        teacher.name = "Teresa Teacher";
        teacher.locale = "en";
        moodle.next = teacher;

        driver.get(moodle.launchPageUrl());
        waitForText("Add Cyberbench to your LMS course");
        waitForVaadin();
        assertThat(pageText()).contains("Cybercrime for judges 2026", "Course: Test course " + slug);
        driver.findElement(By.xpath("//vaadin-checkbox[normalize-space(.)=" + xpathLiteral("Course: Test course " + slug) + "]/input")).click();
        waitForVaadin();
        wait.until(d -> d.findElement(By.xpath("//vaadin-checkbox[normalize-space(.)=" + xpathLiteral("Course: Test course " + slug) + "]"))
                .getDomAttribute("checked") != null);
        screenshot("deep-link-picker");
        click("deep-link-submit");
        wait.until(d -> moodle.deepLinkResponses.size() == 1);
        waitForText("Activity added");
        assertThat(com.nimbusds.jwt.SignedJWT.parse(moodle.deepLinkResponses.getFirst()).getJWTClaimsSet()
                .getClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items").toString()).contains("course=" + slug);
    }

    private String value(String id) {
        return byId(id).getDomProperty("value");
    }
}
