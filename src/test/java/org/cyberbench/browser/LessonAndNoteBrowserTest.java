package org.cyberbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.cyberbench.TestUsers;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.institutions.Institution;
import org.cyberbench.institutions.InstitutionForm;
import org.cyberbench.institutions.InstitutionService;
import org.cyberbench.institutions.InstitutionType;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A real lesson of the introductory course: an institution admin writes the note for their country,
 * a learner from that country reads it beside the lesson (also on a phone), continues from the
 * dashboard where they left off, and opens the printable module.
 */
class LessonAndNoteBrowserTest extends BrowserTest {

    @Autowired
    TestUsers testUsers;
    @Autowired
    InstitutionService institutions;

    @Test
    void aLearnerReadsARealLessonWithTheNoteForTheirCountryAndContinuesWhereTheyLeftOff() {
        UserAccount admin = testUsers.create("Root Admin", Role.ADMIN);
        UserAccount institutionAdmin = testUsers.create("Ines Institution", Role.INSTITUTION_ADMIN, Role.LEARNER);
        UserAccount learner = testUsers.create("Louise Learner", Role.LEARNER);
        testUsers.as(admin, () -> {
            Institution school = institutions.create(new InstitutionForm("École de test " + admin.id(), "FR",
                    InstitutionType.JUDICIAL_TRAINING_INSTITUTION));
            institutions.addMember(school.id(), institutionAdmin.email());
        });

        signIn(institutionAdmin.email(), TestUsers.PASSWORD);
        waitForText("Welcome, Ines Institution");
        open("courses/intro-cybercrime-e-evidence");
        click("course-enrol");
        wait.until(d -> d.findElement(By.id("lesson-title")).isDisplayed());
        click("note-edit");
        String note = "In France, unauthorised access is punished by Article 323-1 of the Penal Code; the cybercrime unit of the Paris prosecution office has national competence.";
        org.openqa.selenium.WebElement text = wait.until(d -> d.findElement(By.cssSelector("#note-text textarea")));
        text.sendKeys(note + " <script>alert(1)</script>");
        click("note-save");
        waitForText("Article 323-1 of the Penal Code");
        assertThat(driver.findElements(By.cssSelector("#jurisdiction-note script"))).isEmpty();
        screenshot("note-written-by-institution");

        driver.manage().deleteAllCookies();
        signIn(learner.email(), TestUsers.PASSWORD);
        waitForText("Welcome, Louise Learner");
        open("courses/intro-cybercrime-e-evidence");
        click("course-enrol");
        String firstLesson = wait.until(d -> d.findElement(By.id("lesson-title"))).getText();
        waitForText("Article 323-1 of the Penal Code");
        assertThat(driver.findElements(By.id("note-edit"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector(".lesson-body h2")).size()).isGreaterThanOrEqualTo(5);
        screenshot("real-lesson-with-note");
        click("lesson-next");
        String secondLesson = wait.until(d -> {
            String title = d.findElement(By.id("lesson-title")).getText();
            return title.equals(firstLesson) ? null : title;
        });
        String secondLessonPath = driver.getCurrentUrl().replaceFirst("^https?://[^/]+/", "");
        phoneSize();
        open(secondLessonPath);
        waitForText(secondLesson);
        screenshot("real-lesson-phone");

        open("dashboard");
        click("continue-intro-cybercrime-e-evidence");
        wait.until(d -> d.getCurrentUrl().endsWith(secondLessonPath));
        waitForText(secondLesson);
        screenshot("continued-where-left-off");

        String printHref = driver.findElement(By.id("print-module")).getAttribute("href");
        driver.get(printHref);
        waitForVaadin();
        waitForText(firstLesson);
        assertThat(pageText()).contains(secondLesson);
        screenshot("printable-module");
    }
}
