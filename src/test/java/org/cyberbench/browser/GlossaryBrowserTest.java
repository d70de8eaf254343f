package org.cyberbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cyberbench.TestUsers;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserAccount;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Search as you type in English and French, a concept in all its languages, a glossary link from a lesson,
 * and an editor importing another term base's TBX after its preview.
 */
class GlossaryBrowserTest extends BrowserTest {

    @Autowired
    TestUsers testUsers;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aJudgeSearchesAsSheTypesInEnglishAndFrenchAndFollowsATermFromALesson() {
        UserAccount judge = testUsers.create("Greta Glossary", Role.LEARNER);
        signIn(judge.email(), TestUsers.PASSWORD);
        waitForText("Welcome, Greta Glossary");

        open("glossary");
        WebElement search = wait.until(d -> d.findElement(By.cssSelector("#glossary-search input")));
        search.sendKeys("mutual leg");
        wait.until(d -> d.findElement(By.cssSelector("#glossary-results .hit a.hit-term")).getText().equals("mutual legal assistance"));
        assertThat(driver.findElements(By.cssSelector("#glossary-results .hit:first-child a.hit-term mark")))
                .extracting(WebElement::getText).containsExactly("mutual", "leg");
        assertThat(pageText()).contains("entraide judiciaire");
        screenshot("search-as-you-type-english");

        driver.findElement(By.cssSelector("#glossary-results .hit a.hit-term")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/glossary/proc-mutual-legal-assistance"));
        waitForText("entraide judiciaire");
        assertThat(driver.findElements(By.cssSelector(".concept-language"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(pageText()).contains("Related concepts").contains("Legal references");
        screenshot("concept-all-languages");

        open("glossary");
        search = wait.until(d -> d.findElement(By.cssSelector("#glossary-search input")));
        search.sendKeys("electronc evidense");
        wait.until(d -> !d.findElements(By.cssSelector("#glossary-results .hit")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("#glossary-results .hit")).getAttribute("data-concept"))
                .isEqualTo("evid-electronic-evidence");
        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), "\"((*: AND OR ~ <script>");
        wait.until(d -> d.findElement(By.id("glossary-results")).getText().contains("No concept matches")
                || !d.findElements(By.cssSelector("#glossary-results .hit")).isEmpty());
        assertThat(pageText()).doesNotContain("Something went wrong");

        click("user-menu");
        clickText("vaadin-menu-bar-item", "Language");
        clickText("vaadin-menu-bar-item", "Français");
        waitForText("Glossaire de la cybercriminalité");
        open("glossary");
        search = wait.until(d -> d.findElement(By.cssSelector("#glossary-search input")));
        search.sendKeys("preuve électro");
        wait.until(d -> d.findElements(By.cssSelector("#glossary-results .hit")).stream()
                .anyMatch(hit -> hit.getText().contains("preuve électronique")));
        assertThat(driver.findElement(By.cssSelector("#glossary-results .hit")).getAttribute("data-concept"))
                .isEqualTo("evid-electronic-evidence");
        screenshot("search-as-you-type-french");
        phoneSize();
        open("glossary");
        wait.until(d -> d.findElement(By.cssSelector("#glossary-search input"))).sendKeys("entraide");
        wait.until(d -> !d.findElements(By.cssSelector("#glossary-results .hit")).isEmpty());
        screenshot("search-phone");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));

        open("courses/intro-cybercrime-e-evidence");
        click("course-enrol");
        WebElement term = wait.until(d -> d.findElements(By.cssSelector(".lesson-body a[href^='glossary/']")).stream().findFirst().orElse(null));
        assertThat(term.getAttribute("title")).isNotBlank();
        String href = term.getAttribute("href");
        screenshot("lesson-with-glossary-links");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", term);
        term.click();
        wait.until(d -> d.getCurrentUrl().equals(href));
        wait.until(d -> !d.findElements(By.id("concept-title")).isEmpty());
        screenshot("concept-from-lesson");
    }

    @Test
    void anEditorEditsADefinitionThenImportsAnotherTermBasesFileAfterItsPreview() throws IOException {
        jdbc.update("delete from glossary_concept where concept_key = 'IATE-84'");
        UserAccount editor = testUsers.create("Emil Editor", Role.CONTENT_EDITOR, Role.LEARNER);
        signIn(editor.email(), TestUsers.PASSWORD);
        waitForText("Welcome, Emil Editor");
        open("glossary/tech-ip-address");
        click("concept-edit");
        WebElement definition = wait.until(d -> d.findElement(By.cssSelector("#definition-en textarea")));
        definition.sendKeys(Keys.END, " Edited in the browser test.");
        screenshot("edit-dialog");
        click("concept-save");
        waitForText("Edited in the browser test.");
        screenshot("edited-concept");

        // A real IATE excerpt (TBX v2, German, English, Spanish) saved with a UTF-8 byte-order mark, as Windows tools do.
        Path withBom = Files.createTempFile("iate-", ".tbx");
        Files.write(withBom, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, resource("tbx2rdf_iate_test2.tbx")));
        open("admin/glossary");
        upload("glossary-upload", withBom);
        waitForSummary("Nothing has been written yet. Importing would add 1 new");
        assertThat(driver.findElement(By.id("glossary-preview-files")).getText()).contains("TBX v2 (martif) TBX-Default");
        assertThat(driver.findElement(By.id("glossary-import-confirm")).getText()).isEqualTo("Import 1 concept");
        screenshot("tbx-preview");
        click("glossary-import-confirm");
        waitForText("Import finished");
        waitForSummary("leave 1 unchanged");
        assertThat(driver.findElement(By.id("glossary-import-confirm")).getDomAttribute("disabled")).as("nothing to import").isNotNull();
        screenshot("tbx-imported");

        upload("glossary-upload", Path.of("src/test/resources/tbx-thirdparty/ltac_bad_core.tbx").toAbsolutePath());
        waitForSummary("nothing can be imported");
        assertThat(driver.findElements(By.cssSelector("#glossary-preview-problems vaadin-grid-cell-content")))
                .extracting(cell -> cell.getDomProperty("textContent")).containsSubsequence("ltac_bad_core.tbx", "12",
                        "not valid TBX (core structure): element \"admin\" not allowed here; expected element \"body\"");
        assertThat(driver.findElement(By.id("glossary-import-confirm")).getDomAttribute("disabled")).as("nothing to import").isNotNull();
        screenshot("tbx-refused");

        // Our own folder: merging keeps the edit (nothing to change); replacing puts the folder's definition back.
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                driver.findElement(By.id("glossary-import-folder")));
        click("glossary-import-folder");
        waitForSummary("update 0");
        driver.findElement(By.xpath("//vaadin-radio-button[starts-with(normalize-space(.), 'Replace')]")).click();
        waitForVaadin();
        waitForSummary("update 1 ");
        click("glossary-import-confirm");
        waitForText("Import finished");
        open("glossary/tech-ip-address");
        waitForText("Internet Protocol address");
        assertThat(pageText()).doesNotContain("Edited in the browser test.");

        open("glossary");
        wait.until(d -> d.findElement(By.cssSelector("#glossary-search input"))).sendKeys("Zuständigkeit");
        wait.until(d -> !d.findElements(By.cssSelector("#glossary-results .hit")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("#glossary-results .hit")).getAttribute("data-concept")).isEqualTo("IATE-84");
        screenshot("german-term-found");

        click("user-menu");
        clickText("vaadin-menu-bar-item", "Language");
        clickText("vaadin-menu-bar-item", "Français");
        waitForText("Glossaire");
        open("admin/glossary");
        upload("glossary-upload", withBom);
        waitForSummary("Rien n’a encore été écrit.");
        screenshot("tbx-preview-french");
    }

    private void waitForSummary(String part) {
        try {
            wait.until(d -> summary().contains(part));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the preview summary never said '" + part + "': " + summary(), e);
        }
    }

    /** The preview's summary as the page holds it (scrolled into view or not). */
    private String summary() {
        return driver.findElement(By.id("glossary-preview-summary")).getDomProperty("textContent");
    }


    private static byte[] resource(String name) throws IOException {
        try (var in = GlossaryBrowserTest.class.getResourceAsStream("/tbx-thirdparty/" + name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
