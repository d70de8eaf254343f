package org.cyberbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.cyberbench.TestUsers;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserAccount;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** Search as you type in English and French, a concept in all its languages, and a glossary link from a lesson. */
class GlossaryBrowserTest extends BrowserTest {

    @Autowired
    TestUsers testUsers;

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
    void anEditorEditsADefinitionAndImportsTheGlossaryFolder() {
        UserAccount editor = testUsers.create("Emil Editor", Role.CONTENT_EDITOR, Role.LEARNER);
        signIn(editor.email(), TestUsers.PASSWORD);
        waitForText("Welcome, Emil Editor");
        open("glossary/tech-vpn");
        if (driver.findElements(By.id("concept-title")).isEmpty()) {
            open("glossary/tech-ip-address");
        }
        click("concept-edit");
        WebElement definition = wait.until(d -> d.findElement(By.cssSelector("#definition-en textarea")));
        definition.sendKeys(Keys.END, " Edited in the browser test.");
        screenshot("edit-dialog");
        click("concept-save");
        waitForText("Edited in the browser test.");
        screenshot("edited-concept");

        open("admin/glossary");
        click("glossary-import-folder");
        waitForText("Import finished");
        assertThat(pageText()).contains("concepts (0 new");
        screenshot("glossary-import");
    }
}
