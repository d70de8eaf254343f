package org.cyberbench.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.cyberbench.IntegrationTest;
import org.cyberbench.TestCourses;
import org.cyberbench.TestUsers;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserAccount;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The running application and, per test class, a simulated Moodle registered as a platform by an
 * administrator through the admin service; {@link #launch} plays a browser through a whole launch.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LtiTestBase {

    private static final AtomicInteger subjects = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    LtiPlatforms platforms;
    @Autowired
    TestUsers testUsers;
    @Autowired
    TestCourses courses;
    @Autowired
    JdbcTemplate jdbc;

    FakeMoodle moodle;
    LtiPlatform platform;
    UserAccount admin;

    /** The hops of one launch: login initiation (302), the platform's auto-posting page, the launch post. */
    record Launch(ToolBrowser browser, ToolBrowser.Response login, ToolBrowser.Response auth, ToolBrowser.Response launched) {
    }

    @BeforeAll
    void startMoodle() throws Exception {
        moodle = new FakeMoodle(tool());
        admin = testUsers.create("Lti Admin", Role.ADMIN);
        platform = testUsers.as(admin, () -> platforms.addManually(moodle.platformForm("Moodle " + getClass().getSimpleName())));
    }

    @AfterAll
    void stopMoodle() {
        moodle.close();
    }

    String tool() {
        return "http://localhost:" + port;
    }

    static String newSubject() {
        return String.valueOf(1000 + subjects.incrementAndGet()) + "-" + System.nanoTime() % 100000;
    }

    Launch launch(LaunchSpec spec) throws Exception {
        return launch(spec, new ToolBrowser());
    }

    Launch launch(LaunchSpec spec, ToolBrowser browser) throws Exception {
        ToolBrowser.Response login = startLogin(spec, browser);
        ToolBrowser.Response auth = browser.get(login.location());
        assertThat(auth.status()).as(auth.body()).isEqualTo(200);
        return new Launch(browser, login, auth, browser.submit(auth));
    }

    /** Opens Moodle's launch page and posts its login initiation to the tool: a 302 to the platform. */
    ToolBrowser.Response startLogin(LaunchSpec spec, ToolBrowser browser) throws Exception {
        moodle.next = spec;
        ToolBrowser.Response page = browser.get(moodle.launchPageUrl());
        ToolBrowser.Response login = browser.submit(page);
        assertThat(login.status()).as(login.body()).isEqualTo(302);
        assertThat(login.location()).startsWith(moodle.url("/mod/lti/auth.php"));
        return login;
    }

    /** The Cyberbench user linked to a platform subject, if any. */
    List<Long> linkedUser(String subject) {
        return jdbc.queryForList("select user_id from lti_account_link where issuer = ? and subject = ?", Long.class, moodle.issuer, subject);
    }
}
