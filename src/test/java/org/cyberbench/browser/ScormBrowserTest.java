package org.cyberbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cyberbench.TestUsers;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.scorm.ScormTestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An editor imports Rustici's Golf SCORM 1.2 package through the page (a zip that is no package is
 * refused in words first); a learner finds it in the catalogue, plays it in the player, closes it
 * half-way (the connection drops meanwhile: nothing is lost), comes back to where they stopped, goes to the end and takes the test; the result shows
 * on the package page (pushed while the player is open) and in My record, in English and French.
 */
class ScormBrowserTest extends BrowserTest {

    @Autowired
    TestUsers testUsers;
    @TempDir
    Path work;

    @Test
    void anEditorImportsAPackageAndALearnerPlaysItStopsResumesAndFinishesIt() throws IOException {
        UserAccount editor = testUsers.create("Edith Editor", Role.CONTENT_EDITOR);
        UserAccount learner = testUsers.create("Leon Learner", Role.LEARNER);
        String title = "Golf, a package from elsewhere " + editor.id();

        signIn(editor.email(), TestUsers.PASSWORD);
        open("admin/scorm");
        upload("scorm-upload", notAPackage());
        wait.until(d -> d.findElement(By.id("scorm-problem")).getText().contains("there is no imsmanifest.xml"));
        assertThat(byId("scorm-problem").getText()).contains("Nothing was kept.");
        screenshot("not-a-package");

        // with 3 MB of video besides, as real packages have: more than a servlet container accepts by default
        upload("scorm-upload", ScormTestPackages.zip(ScormTestPackages.GOLF_12, work, 3 * 1024 * 1024));
        WebElement facts = byId("scorm-preview-facts");
        assertThat(facts.getText()).contains("SCORM 1.2").contains("shared/launchpage.html").contains("Golf Explained")
                .contains(ScormTestPackages.files(ScormTestPackages.GOLF_12).size() + 1 + " files, 3.1 MB unpacked");
        assertThat(byId("scorm-notices").getText()).contains("not in the zip");
        type("scorm-title", title);
        byId("scorm-summary").findElement(By.tagName("textarea")).sendKeys("Rustici's Golf example, to try SCORM packages.");
        screenshot("preview");
        click("scorm-import");
        waitForText(title + " is now in the catalogue.");
        assertThat(byId("scorm-packages").getText()).contains(title);
        screenshot("imported");

        driver.manage().deleteAllCookies();
        signIn(learner.email(), TestUsers.PASSWORD);
        open("catalogue");
        type("catalogue-search", "package from elsewhere " + editor.id());
        // the results are drawn again as the search settles: read the card once it stays
        String cardText = wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElement(By.xpath(
                "//div[contains(@class,'course-card')][.//a[normalize-space(.)=" + xpathLiteral(title) + "]]")).getText());
        assertThat(cardText).contains("SCORM package").contains("SCORM 1.2");
        screenshot("catalogue-card");
        clickText("a", title);
        assertThat(byId("scorm-progress").getText()).isEqualTo("Not started yet.");
        screenshot("package-page");

        click("scorm-start");
        intoSco();
        assertThat(contentPage()).endsWith("Playing/Playing.html");
        for (int page = 1; page <= 3; page++) {
            next();
        }
        assertThat(contentPage()).endsWith("Playing/OtherScoring.html");

        // The connection drops: the player says so, keeps what the SCO set, and sends it once it is back.
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        ((HasNetworkConditions) driver).setNetworkConditions(offline);
        next();
        driver.switchTo().parentFrame();
        wait.until(d -> d.findElement(By.id("scorm-status")).getText().contains("not saved yet"));
        screenshot("connection-lost");
        ((HasNetworkConditions) driver).deleteNetworkConditions();
        wait.until(d -> d.findElement(By.id("scorm-status")).getText().equals("Progress saved."));
        driver.switchTo().defaultContent();
        // while the player is open, what the SCO saves reaches this page by push
        wait.until(d -> d.findElement(By.id("scorm-progress")).getText().startsWith("In progress"));
        screenshot("playing");
        click("scorm-close");
        assertThat(byId("scorm-start").getText()).isEqualTo("Continue where I left off");

        // Golf asks whether to resume from its bookmark, which came back from the server; its question
        // blocks the page, so the click does not wait for Vaadin to settle
        byId("scorm-start").click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        intoSco();
        wait.until(d -> contentPage().endsWith("Playing/RulesOfGolf.html"));
        for (int page = 5; page <= 14; page++) {
            next();
        }
        assertThat(contentPage()).contains("shared/assessmenttemplate.html");
        driver.switchTo().frame("contentFrame");
        driver.findElement(By.cssSelector("input[value='Submit Answers']")).click();
        driver.switchTo().defaultContent();
        wait.until(d -> d.findElement(By.id("scorm-progress")).getText().contains("Not passed"));
        // Golf scores unanswered choice questions whose first answer is right as correct (JavaScript's ""
        // == 0): 2 of its 15 questions, 13 %, under its pass mark of 70 %
        assertThat(byId("scorm-progress").getText()).startsWith("Completed on").contains("Score 13 %").contains("1 attempt");
        screenshot("finished");
        click("scorm-close");

        open("my-record");
        assertThat(byId("record-packages").getText()).contains(title).contains("Completed").contains("Not passed");
        screenshot("my-record");

        click("user-menu");
        clickText("vaadin-menu-bar-item", "Language");
        clickText("vaadin-menu-bar-item", "Français");
        waitForText("Catalogue");
        open("my-record");
        WebElement link = byId("record-packages").findElement(By.tagName("a"));
        scrollTo(link);
        link.click();
        waitForVaadin();
        wait.until(d -> d.findElement(By.id("scorm-progress")).getText().startsWith("Terminé le"));
        assertThat(byId("scorm-progress").getText()).contains("Non réussi").contains("1 tentative");
        assertThat(byId("scorm-start").getText()).isEqualTo("Reprendre là où je m’étais arrêté");
        screenshot("package-page-french");
        phoneSize();
        screenshot("package-page-phone");
    }

    /** Into the player frame, then the SCO's frame, which Golf's launch page fills. */
    private void intoSco() {
        driver.switchTo().defaultContent();
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("scorm-player")));
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("sco")));
        wait.until(d -> !contentPage().isEmpty());
    }

    private String contentPage() {
        return String.valueOf(driver.findElement(By.id("contentFrame")).getDomProperty("src"));
    }

    private void next() {
        String before = contentPage();
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.id("butNext")));
        scrollTo(button);
        button.click();
        wait.until(d -> !contentPage().equals(before));
    }

    private Path notAPackage() throws IOException {
        Path zip = work.resolve("slides.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry("slides/readme.txt"));
            out.write("Just slides.".getBytes());
            out.putNextEntry(new ZipEntry("other/notes.txt"));
            out.write("Notes.".getBytes());
        }
        return zip;
    }

}
