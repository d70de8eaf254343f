package org.cyberbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cyberbench.TestUsers;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.SystemAuthentication;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.scenario.ScenarioLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Four browsers at once: a trainer and three participants (police, prosecutor, judge) on phone-sized
 * windows. They join by code, play two phases, each sees only their role's injects, decisions show
 * live on the console, a participant reloads and continues.
 */
class ClassroomScenarioBrowserTest extends BrowserTest {

    @Autowired
    ScenarioLibrary library;
    @Autowired
    TestUsers testUsers;

    private final List<WebDriver> participants = new ArrayList<>();

    @AfterEach
    void closeParticipants() {
        participants.forEach(WebDriver::quit);
    }

    @Test
    void aTrainerRunsTwoPhasesWithThreeParticipantsLive() {
        String slug = importTestScenario();
        UserAccount trainer = testUsers.create("Theo Trainer", Role.TRAINER);
        signIn(trainer.email(), TestUsers.PASSWORD);
        waitForText("Welcome, Theo Trainer");
        open("scenarios");
        click("start-" + slug);
        String code = wait.until(d -> d.findElement(By.id("join-code"))).getText();
        assertThat(code).matches("[A-Z2-9]{6}");
        screenshot("console-waiting");

        WebDriver police = participant("Paula Police", code);
        WebDriver prosecutor = participant("Pierre Prosecutor", code);
        WebDriver judge = participant("Judith Judge", code);

        for (String[] assignment : new String[][] {{"Paula Police", "Police"}, {"Pierre Prosecutor", "Prosecutor"}, {"Judith Judge", "Judge"}}) {
            WebElement row = wait.until(d -> d.findElement(By.cssSelector(".assign-row[data-participant='" + assignment[0] + "']")));
            row.findElement(By.cssSelector("vaadin-select[id^='role-for-']")).click();
            clickText("vaadin-select-item", assignment[1]);
            row = driver.findElement(By.cssSelector(".assign-row[data-participant='" + assignment[0] + "']"));
            row.findElement(By.cssSelector("vaadin-button")).click();
            waitForVaadin();
            wait.until(d -> d.findElements(By.cssSelector(".assign-row[data-participant='" + assignment[0] + "']")).isEmpty());
        }
        click("run-next");
        waitForText("Phase 1 of 2");
        screenshot("console-phase-1");

        waitUntil(police, "Server log");
        assertThat(text(judge)).contains("Ransom note").doesNotContain("Server log");
        assertThat(text(prosecutor)).doesNotContain("Server log");
        shot(police, "police-phase-1");
        shot(judge, "judge-phase-1");

        police.findElement(By.xpath("//vaadin-radio-button[normalize-space(.)='Wait']")).click();
        police.findElement(By.id("decide-preserve")).click();
        waitUntil(police, "What your team decided");
        waitForText("What first? → Wait");
        screenshot("console-decision-live");

        police.navigate().refresh();
        waitUntil(police, "What your team decided");
        assertThat(text(police)).contains("Server log").doesNotContain("Decide");
        waitUntil(prosecutor, "What first? → Wait");

        click("run-next");
        waitForText("Phase 2 of 2");
        waitUntil(prosecutor, "The logs are gone.");
        assertThat(text(prosecutor)).doesNotContain("The logs are kept.");
        assertThat(text(judge)).doesNotContain("The logs are gone.");
        waitUntil(judge, "Order production?");
        judge.findElement(By.xpath("//vaadin-radio-button[normalize-space(.)='Yes']")).click();
        judge.findElement(By.cssSelector("vaadin-text-area textarea")).sendKeys("Necessary and proportionate.");
        judge.findElement(By.id("decide-order")).click();
        waitForText("Order production? → Yes ✓");
        shot(judge, "judge-decided");
        screenshot("console-phase-2");

        click("run-next");
        waitForText("Debrief");
        assertThat(pageText()).contains("Score: 0 of 5 points");
        waitUntil(police, "The scenario has ended");
        screenshot("console-debrief");
        String pdfHref = wait.until(d -> d.findElement(By.id("debrief-pdf-1"))).getAttribute("href");
        org.openqa.selenium.Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(pdfHref))
                    .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(new String(response.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("cyberbench.screenshot-dir", "target/screenshots"),
                    "debrief.pdf"), response.body());
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private WebDriver participant(String name, String code) {
        return participant(name, code, "en");
    }

    private WebDriver participant(String name, String code, String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("cyberbench.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        WebDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("cyberbench.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build(), options);
        participants.add(browser);
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get("http://localhost:" + port + "/join/" + code);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(d -> d.findElement(By.cssSelector("#join-name input"))).sendKeys(name);
        browser.findElement(By.id("join-submit")).click();
        wait.until(d -> d.findElement(By.id("play-who")).getText().contains(name));
        return browser;
    }

    @Test
    void participantsOnPhonesPickTheirOwnTeamAndRoleInFrench() {
        String slug = importTestScenario();
        UserAccount trainer = testUsers.create("Tina Trainer", Role.TRAINER);
        signIn(trainer.email(), TestUsers.PASSWORD);
        waitForText("Welcome, Tina Trainer");
        open("scenarios");
        click("choose-" + slug);
        click("start-" + slug);
        String code = wait.until(d -> d.findElement(By.id("join-code"))).getText();
        waitForText("Participants choose their own team and role");

        WebDriver police = participant("Paulo Polícia", code, "fr");
        WebDriver judge = participant("Jeanne Juge", code, "fr");
        waitUntil(police, "Choisissez votre équipe et votre rôle");
        police.findElement(By.xpath("//vaadin-radio-button[normalize-space(.)='Police']")).click();
        police.findElement(By.id("take-role")).click();
        waitUntil(police, "Police · Équipe 1");
        waitUntil(judge, "Police · aussi Paulo Polícia");
        judge.findElement(By.xpath("//vaadin-radio-button[normalize-space(.)='Juge']")).click();
        judge.findElement(By.id("take-role")).click();
        waitUntil(judge, "Juge · Équipe 1");
        shot(police, "police-picked-role-fr");
        shot(judge, "judge-picked-role-fr");
        waitForText("Paulo Polícia · Police");
        waitForText("Jeanne Juge · Judge");
        assertThat(driver.findElements(By.cssSelector(".assign-row"))).as("nobody left for the trainer to assign").isEmpty();
        screenshot("console-roles-picked");

        // the trainer overrides a choice
        driver.findElement(By.xpath("//li[contains(., 'Jeanne Juge')]//vaadin-button")).click();
        WebElement row = wait.until(d -> d.findElement(By.cssSelector(".assign-row")));
        row.findElement(By.cssSelector("vaadin-select[id^='role-for-']")).click();
        clickText("vaadin-select-item", "Prosecutor");
        driver.findElement(By.cssSelector(".assign-row vaadin-button")).click();
        waitForText("Jeanne Juge · Prosecutor");
        waitUntil(judge, "Procureur · Équipe 1");

        click("run-next");
        waitUntil(police, "Journal du serveur");
        assertThat(text(police)).doesNotContain("Choisissez votre équipe");
        assertThat(text(judge)).doesNotContain("Journal du serveur");
        shot(police, "police-phase-1-fr");
    }

    private String importTestScenario() {
        String slug = "browser-case-" + System.nanoTime();
        SystemAuthentication.runAsSystem(() -> library.importScenarios(Map.of(
                "scenarios/" + slug + "/scenario.yaml", org.cyberbench.scenario.ScenarioEngineTest.SCENARIO.replace("slug: test-case", "slug: " + slug)
                        .replace("title: {en: Test case, fr: Cas d'essai}", "title: {en: Case " + slug + ", fr: Cas " + slug + "}"),
                "scenarios/" + slug + "/01-alert.yaml", org.cyberbench.scenario.ScenarioEngineTest.PHASE_1,
                "scenarios/" + slug + "/02-court.yaml", org.cyberbench.scenario.ScenarioEngineTest.PHASE_2)));
        return slug;
    }

    private void waitUntil(WebDriver browser, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> text(d).contains(text));
    }

    private static String text(WebDriver browser) {
        return browser.findElement(By.tagName("body")).getText();
    }

    private void shot(WebDriver browser, String name) {
        WebDriver saved = driver;
        driver = browser;
        try {
            screenshot(name);
        } finally {
            driver = saved;
        }
    }
}
