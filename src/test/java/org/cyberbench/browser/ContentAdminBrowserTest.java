package org.cyberbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.cyberbench.TestUsers;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserAccount;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** A content editor imports the course-content folder on demand and sees the result; learners cannot. */
class ContentAdminBrowserTest extends BrowserTest {

    @Autowired
    TestUsers testUsers;

    @Test
    void aContentEditorImportsTheContentFolderAndCanExportACourse() {
        UserAccount editor = testUsers.create("Edith Editor", Role.CONTENT_EDITOR, Role.LEARNER);
        signIn(editor.email(), TestUsers.PASSWORD);
        waitForText("Welcome, Edith Editor");
        assertThat(navigationLabels()).contains("Course content");
        open("admin/content");
        click("content-import");
        waitForText("Import finished");
        assertThat(pageText()).contains("intro-cybercrime-e-evidence v2: unchanged");
        assertThat(driver.findElements(By.id("export-intro-cybercrime-e-evidence"))).hasSize(1);
        screenshot("content-import-finished");

        UserAccount learner = testUsers.create("Liam Learner", Role.LEARNER);
        driver.manage().deleteAllCookies();
        signIn(learner.email(), TestUsers.PASSWORD);
        waitForText("Welcome, Liam Learner");
        assertThat(navigationLabels()).doesNotContain("Course content");
        open("admin/content");
        waitForText("No access");
    }
}
