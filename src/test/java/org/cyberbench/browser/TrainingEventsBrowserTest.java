package org.cyberbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.Set;
import org.cyberbench.TestInstitutions;
import org.cyberbench.TestUsers;
import org.cyberbench.events.EventForm;
import org.cyberbench.events.EventFormat;
import org.cyberbench.events.RegistrationMode;
import org.cyberbench.events.TrainingEvents;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.institutions.Institution;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A participant's side of training events, in French on a phone: the list and the calendar, a full
 * event's waiting list, the .ics file, and after the event the evaluation and sharing one's contact.
 */
class TrainingEventsBrowserTest extends BrowserTest {

    @Autowired
    TestUsers testUsers;
    @Autowired
    TestInstitutions testInstitutions;
    @Autowired
    TrainingEvents events;

    @Autowired
    org.cyberbench.events.EventFeedback feedback;

    @Test
    void aParticipantRegistersWaitsEvaluatesAndSharesTheirContactInFrench() throws Exception {
        Institution school = testInstitutions.create("École", "FR");
        UserAccount admin = testInstitutions.member(school, "Adèle Admin", Role.INSTITUTION_ADMIN);
        UserAccount trainer = testInstitutions.member(school, "Théo Formateur", Role.TRAINER);
        UserAccount colleague = testInstitutions.member(school, "Claire Collègue", Role.LEARNER);
        UserAccount me = testInstitutions.member(school, "Jeanne Juge", Role.LEARNER);
        String title = "Atelier preuve numérique " + System.nanoTime();
        long full = testUsers.as(admin, () -> events.schedule(school.id(), new EventForm(title, "intro-cybercrime-e-evidence", null,
                EventFormat.CLASSROOM, LocalDateTime.now(java.time.ZoneOffset.UTC).plusDays(2), LocalDateTime.now(java.time.ZoneOffset.UTC).plusDays(2).plusHours(4), "Europe/Paris",
                "Salle 3", null, 1, RegistrationMode.OPEN, "fr", Set.of(trainer.id())))).id();
        testUsers.as(colleague, () -> events.register(full));
        long today = testUsers.as(admin, () -> events.schedule(school.id(), new EventForm(title + " (jour J)", "intro-cybercrime-e-evidence",
                null, EventFormat.CLASSROOM, LocalDateTime.now(java.time.ZoneOffset.UTC).minusHours(3), LocalDateTime.now(java.time.ZoneOffset.UTC).plusHours(1), "UTC", "Salle 1",
                null, 20, RegistrationMode.OPEN, "fr", Set.of(trainer.id())))).id();

        signIn(me.email(), TestUsers.PASSWORD);
        waitForText("Welcome, Jeanne Juge");
        click("user-menu");
        clickText("vaadin-menu-bar-item", "Language");
        clickText("vaadin-menu-bar-item", "Français");
        waitForText("Bienvenue, Jeanne Juge");
        phoneSize();
        open("events");
        waitForText(title);
        screenshot("events-list-fr");
        click("events-calendar-tab");
        wait.until(d -> !d.findElements(By.cssSelector(".month-event")).isEmpty());
        screenshot("events-calendar-fr");

        open("events/" + full);
        waitForText("Complet");
        click("event-register");
        waitForText("En liste d’attente");
        screenshot("event-waiting-list-fr");
        String ics = get(byId("event-ics").getAttribute("href"));
        assertThat(ics).contains("BEGIN:VCALENDAR", "BEGIN:VEVENT", "SUMMARY:" + title.substring(0, 20), "LOCATION:Salle 3");

        // after today's event, at which the trainer marked both present
        testUsers.as(me, () -> events.register(today));
        testUsers.as(colleague, () -> events.register(today));
        testUsers.as(trainer, () -> {
            events.markAttendance(today, me.id(), true);
            events.markAttendance(today, colleague.id(), true);
        });
        testUsers.as(colleague, () -> feedback.shareMyContact(today, true));
        open("events/" + today);
        waitForText("Après la session");
        assertThat(pageText()).contains("Claire Collègue", colleague.email());
        for (String group : new String[] {"eval-relevance", "eval-quality", "eval-practical"}) {
            org.openqa.selenium.WebElement five = byId(group).findElements(By.cssSelector("vaadin-radio-button")).get(4);
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", five);
            five.click();
        }
        click("eval-send");
        waitForText("Vous avez évalué cette session");
        click("event-share");
        wait.until(d -> d.findElement(By.cssSelector("#event-share input")).isSelected());
        screenshot("event-after-fr");
        assertThat(testUsers.as(colleague, () -> feedback.contacts(today))).extracting(org.cyberbench.events.EventFeedback.Contact::name)
                .containsExactly("Jeanne Juge");
        assertThat(testUsers.as(trainer, () -> feedback.evaluations(today)).count()).isEqualTo(1);

        open("my-record");
        waitForText("Mon dossier");
        assertThat(pageText()).contains(title + " (jour J)", "présent");
        screenshot("my-record-fr");
    }

    private String get(String href) throws Exception {
        String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
