package org.cyberbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.cyberbench.TestCourses;
import org.cyberbench.TestInstitutions;
import org.cyberbench.TestUsers;
import org.cyberbench.events.TrainingEvents;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.institutions.Institution;
import org.cyberbench.trainers.Pathway;
import org.cyberbench.trainers.TrainerLevel;
import org.cyberbench.trainers.TrainerService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The trainer-of-trainers journey: an institution admin schedules an event, a trainer takes
 * attendance on a phone, a master trainer records observations and accredits a candidate, and the
 * dashboard shows the new trainer, the cascade and a CSV export.
 */
class TrainerJourneyBrowserTest extends BrowserTest {

    private static final String COURSE = "intro-cybercrime-e-evidence";

    @Autowired
    TestUsers testUsers;
    @Autowired
    TestInstitutions testInstitutions;
    @Autowired
    TestCourses testCourses;
    @Autowired
    TrainerService trainers;
    @Autowired
    TrainingEvents events;

    @Test
    void anInstitutionBuildsItsOwnTrainersFromEventToAccreditation() throws Exception {
        Institution school = testInstitutions.create("Judicial school", "RO");
        UserAccount admin = testInstitutions.member(school, "Irina Admin", Role.INSTITUTION_ADMIN);
        UserAccount platform = testUsers.create("Platform Admin", Role.ADMIN);
        UserAccount master = testInstitutions.member(school, "Mihai Master", Role.LEARNER);
        UserAccount trainer = testInstitutions.member(school, "Tudor Trainer", Role.TRAINER);
        UserAccount candidate = testInstitutions.member(school, "Carmen Candidate", Role.LEARNER);
        UserAccount present = testInstitutions.member(school, "Petra Present", Role.LEARNER);
        UserAccount absent = testInstitutions.member(school, "Andrei Absent", Role.LEARNER);
        String ttt = "ttt-browser-" + System.nanoTime();
        testCourses.importSmallCourse(ttt);
        testCourses.certify(candidate, ttt);
        testUsers.as(platform, () -> {
            trainers.recognise(master.id(), COURSE, TrainerLevel.MASTER_TRAINER, 36);
            trainers.recognise(trainer.id(), COURSE, TrainerLevel.TRAINER, 24);
        });
        testUsers.as(admin, () -> {
            trainers.setPathway(school.id(), new Pathway(COURSE, ttt, 2, 3, 24, 2));
            trainers.addCandidate(school.id(), candidate.id());
        });

        // 1. the institution admin schedules today's workshop
        signIn(admin.email(), TestUsers.PASSWORD);
        waitForText("Welcome, Irina Admin");
        open("events");
        click("event-schedule");
        type("event-title", "Seizing electronic evidence: workshop");
        choose("event-course", "Cybercrime and electronic evidence for judges and prosecutors");
        LocalDateTime start = LocalDateTime.now(java.time.ZoneOffset.UTC).minusHours(1).withSecond(0).withNano(0);
        setValue("event-start", start.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        setValue("event-end", start.plusHours(6).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        type("event-place", "Bucharest, room 12");
        byId("event-trainers").findElement(By.cssSelector("input")).sendKeys("Tudor");
        clickText("vaadin-multi-select-combo-box-item", "Tudor Trainer");
        byId("event-trainers").findElement(By.cssSelector("input")).sendKeys(org.openqa.selenium.Keys.TAB);
        waitForVaadin();
        screenshot("schedule-form");
        click("event-save");
        waitForText("Bucharest, room 12");
        String eventPath = driver.getCurrentUrl().replaceAll(".*/events/", "events/");
        long eventId = Long.parseLong(eventPath.substring("events/".length()));
        assertThat(pageText()).contains("Tudor Trainer", "20 seats left");
        screenshot("event-page");
        testUsers.as(present, () -> events.register(eventId));
        testUsers.as(absent, () -> events.register(eventId));

        // 2. the trainer takes attendance on a phone
        signOut();
        phoneSize();
        signIn(trainer.email(), TestUsers.PASSWORD);
        waitForText("Welcome, Tudor Trainer");
        open(eventPath + "/attendance");
        waitForText("0 of 2 present");
        click("present-" + present.id());
        waitForText("1 of 2 present");
        click("absent-" + absent.id());
        assertThat(byId("present-" + present.id()).getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(byId("absent-" + absent.id()).getAttribute("aria-pressed")).isEqualTo("true");
        screenshot("attendance-phone");

        // 3. the master trainer observes the candidate twice and accredits them
        signOut();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        signIn(master.email(), TestUsers.PASSWORD);
        waitForText("Welcome, Mihai Master");
        open("trainers/" + candidate.id());
        waitForText("Carmen Candidate");
        for (String feedback : new String[] {"Clear timeline of the preservation steps and good questions to the bench.",
            "Kept the teams moving and tied every decision in the debrief to Articles 16 and 19."}) {
            select("observation-course", "Cybercrime and electronic evidence for judges and prosecutors");
            clickText("vaadin-radio-button", "4");
            WebElement text = byId("observation-feedback").findElement(By.cssSelector("textarea"));
            text.clear();
            text.sendKeys(feedback, org.openqa.selenium.Keys.TAB);
            waitForVaadin();
            click("observation-save");
            waitForText(feedback);
        }
        waitForText("2 of 2 co-delivered sessions observed");
        screenshot("candidate-ready");
        click("accredit-" + COURSE);
        waitForText("The accreditation is recorded.");
        wait.until(d -> d.findElement(By.id("trainer-level")).getText().equals("Trainer"));
        screenshot("candidate-accredited");

        // 4. the dashboard shows the new trainer, the cascade, and exports CSV
        signOut();
        signIn(admin.email(), TestUsers.PASSWORD);
        waitForText("Welcome, Irina Admin");
        open("tracking");
        waitForText("Trainers and candidates");
        WebElement trainersSection = byId("section-trainers");
        assertThat(trainersSection.getText()).contains("Carmen Candidate", "Trainer");
        assertThat(byId("section-events").getText()).contains("Seizing electronic evidence: workshop");
        assertThat(byId("tracking-cascade").getText()).contains("1 people trained");
        screenshot("dashboard");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView();", byId("section-trained"));
        assertThat(byId("section-trained").getText()).contains("Judge");
        screenshot("dashboard-people-trained");
        String csv = download(byId("csv-trainers").getAttribute("href"));
        assertThat(csv).startsWith("\uFEFFName,Level,Accreditations").contains("Carmen Candidate,Trainer");
        click("tracking-cascade");
        waitForText("Trainer cascade");
        waitForText("Carmen Candidate");
        assertThat(pageText()).contains("Mihai Master", "Platform Admin");
        screenshot("cascade");

        open("trainers");
        waitForText("Carmen Candidate");
        assertThat(byId("trainers-grid").getText()).contains("Mihai Master", "Master trainer", "Tudor Trainer");
        click("pathway-settings");
        screenshot("trainers-list");

        // the same screens in French
        click("user-menu");
        clickText("vaadin-menu-bar-item", "Language");
        clickText("vaadin-menu-bar-item", "Français");
        waitForText("Formateurs");
        assertThat(byId("trainers-grid").getText()).contains("Formateur principal");
        screenshot("trainers-list-fr");
        open("tracking");
        waitForText("Suivi des certifications");
        assertThat(byId("section-trainers").getText()).contains("Carmen Candidate", "Formateur");
        screenshot("dashboard-fr");
        open("trainers/" + candidate.id());
        waitForText("Parcours");
        screenshot("trainer-record-fr");
    }

    /** Sets a Vaadin field's value as a user's typing would end up, for the date-time pickers. */
    private void setValue(String id, String value) {
        WebElement field = byId(id);
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new CustomEvent('change', {bubbles: true}));", field, value);
        waitForVaadin();
    }

    private void signOut() {
        driver.manage().deleteAllCookies();
    }

    private String download(String href) throws Exception {
        String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
