package org.cyberbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.cyberbench.TestUsers;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserAccount;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On a phone, someone who keeps typing wrong join codes is told in words, in their language, to wait,
 * and the field says so rather than joining. Signed in, so only their own account is held up (guests
 * are counted by address, which every browser test shares).
 */
class JoinCodeLimitBrowserTest extends BrowserTest {

    @Autowired
    TestUsers testUsers;

    @Test
    void aParticipantWhoKeepsTypingWrongCodesIsToldToWaitInEnglishAndFrench() {
        UserAccount participant = testUsers.create("Wanda Wrongcode", Role.LEARNER);
        phoneSize();
        signIn(participant.email(), TestUsers.PASSWORD);
        open("join");
        for (int i = 0; i < 10; i++) {
            type("join-code-input", "QQQQ" + (10 + i));
            click("join-submit");
            waitForVaadin();
            waitForText("No open session has this code");
        }
        screenshot("wrong-code-en");

        type("join-code-input", "QQQQ99");
        click("join-submit");
        waitForText("Too many wrong codes in a short time");
        assertThat(driver.getCurrentUrl()).as("still on the join page").contains("/join");
        waitForVaadin();
        screenshot("too-many-codes-en");

        // the select opens as a sheet from the bottom on a phone, which Selenium cannot click while it slides in
        driver.manage().window().setSize(new Dimension(1280, 900));
        select("language-switch", "Français");
        waitForText("Code de la séance");
        phoneSize();
        type("join-code-input", "QQQQ98");
        click("join-submit");
        waitForText("Trop de codes erronés en peu de temps");
        assertThat(driver.findElement(By.cssSelector("#join-code-input [slot=error-message]")).getText())
                .as("the message sits under the code field").isEqualTo(
                        "Trop de codes erronés en peu de temps. Attendez quelques minutes, puis réessayez avec le code affiché par votre formateur.");
        waitForVaadin();
        screenshot("too-many-codes-fr");
    }
}
