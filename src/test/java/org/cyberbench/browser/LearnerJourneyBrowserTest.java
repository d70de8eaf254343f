package org.cyberbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.cyberbench.TestUsers;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;

/** A judge registers, signs in, switches to French, cannot open admin pages, and signs out. */
class LearnerJourneyBrowserTest extends BrowserTest {

    @Autowired
    TestUsers testUsers;

    @Test
    void aNewLearnerRegistersSignsInSwitchesToFrenchAndSignsOut() {
        UserAccount otherLearner = testUsers.create("Otto Other", Role.LEARNER);
        String email = TestUsers.uniqueEmail("judge");
        open("");
        waitForText("Cybercrime and electronic evidence training");
        screenshot("landing");

        click("create-account");
        byId("register-submit");
        type("full-name", "Jana Novak");
        type("email", email);
        type("password", "my long court password");
        type("confirm-password", "my long court password");
        select("profession", "Judge");
        choose("country", "Slovenia");
        screenshot("registration-filled");
        click("register-submit");

        waitForText("Your account is ready");
        screenshot("login-after-registration");
        signIn(email, "my long court password");

        waitForText("Welcome, Jana Novak");
        assertThat(pageText()).contains("My courses");
        assertThat(navigationLabels()).containsExactly("Dashboard", "Course catalogue", "Glossary", "My certificates", "My Open Badges", "Training events",
                "My scenarios", "My record");
        screenshot("dashboard-english");

        click("user-menu");
        clickText("vaadin-menu-bar-item", "Language");
        clickText("vaadin-menu-bar-item", "Français");
        waitForText("Bienvenue, Jana Novak");
        assertThat(pageText()).contains("Mes cours").doesNotContain("My courses");
        assertThat(navigationLabels()).containsExactly("Tableau de bord", "Catalogue des cours", "Glossaire", "Mes certificats", "Mes Open Badges",
                "Sessions de formation", "Mes cas pratiques", "Mon dossier");
        screenshot("dashboard-french");

        open("dashboard");
        waitForText("Bienvenue, Jana Novak");
        screenshot("french-remembered-after-reload");

        phoneSize();
        open("dashboard");
        waitForText("Mes cours");
        screenshot("dashboard-french-phone");

        open("admin/users");
        waitForText("Accès refusé");
        assertThat(driver.findElements(org.openqa.selenium.By.id("users-grid"))).isEmpty();
        screenshot("admin-page-denied");

        open("people/" + otherLearner.id());
        waitForText("Accès refusé");
        assertThat(pageText()).doesNotContain(otherLearner.email()).doesNotContain("Otto Other");
        screenshot("other-learner-page-denied");

        open("dashboard");
        click("user-menu");
        clickText("vaadin-menu-bar-item", "Se déconnecter");
        wait.until(d -> d.getCurrentUrl().replaceAll("/$", "").endsWith(":" + port));
        waitForText("Se connecter");
        screenshot("signed-out-landing");

        open("dashboard");
        wait.until(d -> d.getCurrentUrl().contains("/login"));
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountWithAPlainMessage() {
        String email = TestUsers.uniqueEmail("lock");
        open("register");
        type("full-name", "Karl Lock");
        type("email", email);
        type("password", "the right password");
        type("confirm-password", "the right password");
        select("profession", "Prosecutor");
        choose("country", "Austria");
        click("register-submit");
        waitForText("Your account is ready");

        for (int i = 0; i < 5; i++) {
            signIn(email, "a wrong password " + i);
            waitForText("The e-mail or password is not correct");
        }
        screenshot("wrong-password");
        signIn(email, "the right password");
        waitForText("Too many failed attempts");
        screenshot("locked");
        assertThat(driver.getCurrentUrl()).contains("/login");
    }
}
