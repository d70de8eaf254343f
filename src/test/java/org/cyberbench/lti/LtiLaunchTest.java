package org.cyberbench.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.SystemAuthentication;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.identity.UserService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Launches from a simulated Moodle, hop by hop: the login initiation, Moodle's checks on our
 * authentication request, the id_token post, the signed-in session on the course page; and every
 * way a launch must be refused.
 */
class LtiLaunchTest extends LtiTestBase {

    @Autowired
    UserService users;

    String slug;

    @BeforeAll
    void importACourse() {
        slug = "lti-launch-course";
        courses.importSmallCourse(slug);
    }

    @Test
    void aLaunchSignsTheLearnerInWithANewSessionAndOpensTheCourse() throws Exception {
        ToolBrowser browser = new ToolBrowser();
        ToolBrowser.Response anonymous = browser.get(tool() + "/courses/" + slug);
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.location()).endsWith("/login");
        String sessionBefore = browser.cookie("localhost", "JSESSIONID").orElseThrow();
        String subject = newSubject();

        Launch launch = launch(LaunchSpec.learner(subject).course(slug), browser);

        Map<String, String> authRequest = Http.query(java.net.URI.create(launch.login().location()));
        assertThat(authRequest).containsEntry("scope", "openid").containsEntry("response_type", "id_token")
                .containsEntry("response_mode", "form_post").containsEntry("prompt", "none").containsEntry("client_id", moodle.clientId)
                .containsEntry("redirect_uri", tool() + "/lti/launch").containsEntry("login_hint", subject)
                .containsEntry("lti_message_hint", "{\"cmid\":12,\"launchid\":\"ltilaunch5_" + subject + "\"}");
        assertThat(authRequest.get("state")).hasSizeGreaterThanOrEqualTo(43);
        assertThat(authRequest.get("nonce")).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(authRequest.get("state"));
        assertThat(launch.login().headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("LTI_STATE_" + authRequest.get("state") + "=").contains("Path=/lti", "HttpOnly"));

        assertThat(launch.launched().status()).as(launch.launched().body()).isEqualTo(303);
        assertThat(launch.launched().location()).isEqualTo(tool() + "/courses/" + slug);
        String sessionAfter = browser.cookie("localhost", "JSESSIONID").orElseThrow();
        assertThat(sessionAfter).isNotEqualTo(sessionBefore);
        assertThat(browser.get(launch.launched().location()).status()).isEqualTo(200);

        List<Long> linked = linkedUser(subject);
        assertThat(linked).hasSize(1);
        UserAccount account = SystemAuthentication.runAsSystem(() -> users.get(linked.getFirst()));
        assertThat(account.fullName()).isEqualTo("Jeanne Martin");
        assertThat(account.email()).isEqualTo("learner-" + subject + "@moodle.example.org");
        assertThat(account.roles()).containsExactly(Role.LEARNER);
        assertThat(account.preferredLanguage()).isEqualTo("fr");
        assertThat(account.country()).isEqualTo("BE");
    }

    @Test
    void aSecondLaunchOfTheSamePersonSignsInTheSameAccountAndAnotherPersonGetsTheirOwn() throws Exception {
        String subject = newSubject();
        LaunchSpec spec = LaunchSpec.learner(subject).course(slug);
        assertThat(launch(spec).launched().status()).isEqualTo(303);
        spec.name = "Jeanne Martin-Dupont";
        assertThat(launch(spec).launched().status()).isEqualTo(303);
        assertThat(linkedUser(subject)).hasSize(1);

        LaunchSpec sameEmail = LaunchSpec.learner(newSubject()).course(slug);
        sameEmail.email = spec.email;
        assertThat(launch(sameEmail).launched().status()).isEqualTo(303);
        long other = linkedUser(sameEmail.subject).getFirst();
        assertThat(other).isNotEqualTo(linkedUser(subject).getFirst());
        UserAccount otherAccount = SystemAuthentication.runAsSystem(() -> users.get(other));
        assertThat(otherAccount.email()).as("an e-mail never joins two platform people").endsWith("@accounts.invalid");
    }

    @Test
    void aLaunchWithoutACourseOpensTheCatalogue() throws Exception {
        Launch launch = launch(LaunchSpec.learner(newSubject()));
        assertThat(launch.launched().location()).isEqualTo(tool() + "/catalogue");
    }

    @Test
    void theSignatureIsCheckedAgainstThePlatformKeysFetchedOnceAndAgainAfterItRotates() throws Exception {
        assertThat(launch(LaunchSpec.learner(newSubject())).launched().status()).isEqualTo(303);
        int hits = moodle.jwksHits.get();
        assertThat(launch(LaunchSpec.learner(newSubject())).launched().status()).isEqualTo(303);
        assertThat(moodle.jwksHits.get()).as("keys are cached").isEqualTo(hits);

        moodle.rotateKey();
        assertThat(launch(LaunchSpec.learner(newSubject())).launched().status()).isEqualTo(303);
        assertThat(moodle.jwksHits.get()).as("a new kid fetches the keys once").isEqualTo(hits + 1);

        for (int i = 0; i < 4; i++) {
            LaunchSpec forged = LaunchSpec.learner(newSubject());
            forged.signing = LaunchSpec.Signing.UNPUBLISHED_KEY;
            refused(launch(forged), forged, "cannot verify");
        }
        assertThat(moodle.jwksHits.get()).as("unknown kids cannot make us fetch the keys again and again").isLessThanOrEqualTo(hits + 2);
    }

    @Test
    void tokensThatAreNotRs256SignedByThePlatformAreRefused() throws Exception {
        for (LaunchSpec.Signing signing : List.of(LaunchSpec.Signing.NONE, LaunchSpec.Signing.HS256_WITH_PUBLIC_KEY)) {
            LaunchSpec spec = LaunchSpec.learner(newSubject());
            spec.signing = signing;
            refused(launch(spec), spec, "cannot verify");
        }
    }

    @Test
    void tokensForAnotherAudienceOrIssuerOrWithoutOurAuthorisedPartyAreRefused() throws Exception {
        refused(launch(LaunchSpec.learner(newSubject()).override("aud", "another-client")), null, "cannot verify");
        refused(launch(LaunchSpec.learner(newSubject()).override("iss", "https://evil.example")), null, "cannot verify");
        refused(launch(LaunchSpec.learner(newSubject()).override("aud", List.of(moodle.clientId, "other"))), null, "cannot verify");
        refused(launch(LaunchSpec.learner(newSubject()).override("azp", "other")), null, "cannot verify");
        LaunchSpec withAzp = LaunchSpec.learner(newSubject()).override("aud", List.of(moodle.clientId, "other")).override("azp", moodle.clientId);
        assertThat(launch(withAzp).launched().status()).isEqualTo(303);
    }

    @Test
    void expiredTokensAndTokensFromTheFutureAreRefused() throws Exception {
        LaunchSpec expired = LaunchSpec.learner(newSubject());
        expired.issuedAgo = java.time.Duration.ofSeconds(60 + 60 + 2);
        refused(launch(expired), expired, "cannot verify");
        LaunchSpec future = LaunchSpec.learner(newSubject());
        future.issuedAgo = java.time.Duration.ofMinutes(-3);
        refused(launch(future), future, "cannot verify");
        LaunchSpec withinSkew = LaunchSpec.learner(newSubject());
        withinSkew.issuedAgo = java.time.Duration.ofSeconds(90);
        assertThat(launch(withinSkew).launched().status()).as("exp 30 s ago is within the 60 s skew").isEqualTo(303);
    }

    @Test
    void theNonceMustBeTheStatesAndNoTokenIsAcceptedTwice() throws Exception {
        refused(launch(LaunchSpec.learner(newSubject()).override("nonce", "another-nonce")), null, "cannot verify");

        LaunchSpec spec = LaunchSpec.learner(newSubject());
        Launch first = launch(spec);
        assertThat(first.launched().status()).isEqualTo(303);
        ToolBrowser.Response again = first.browser().submit(first.auth());
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("expired or was already used");

        // even with a state that carries the same nonce (a second node that missed the state's deletion)
        ToolBrowser.Form form = ToolBrowser.form(first.auth());
        String nonce = Http.query(java.net.URI.create(first.login().location())).get("nonce");
        jdbc.update("insert into lti_state (state, nonce, platform_id, target_link_uri, created_at, expires_at) "
                + "values ('replay-state', ?, ?, ?, utc_timestamp(6), utc_timestamp(6) + interval 5 minute)", nonce, platform.id(), tool() + "/lti/launch");
        first.browser().cookies.getCookieStore().add(java.net.URI.create(tool() + "/lti"), cookie("LTI_STATE_replay-state", "replay-state"));
        ToolBrowser.Response replayed = first.browser().post(form.action(), Map.of("id_token", form.fields().get("id_token"), "state", "replay-state"));
        assertThat(replayed.status()).isEqualTo(400);
        assertThat(replayed.body()).contains("This launch was already used");
    }

    @Test
    void theStateMustBeOursAndComeBackToTheSameBrowser() throws Exception {
        LaunchSpec spec = LaunchSpec.learner(newSubject());
        ToolBrowser browser = new ToolBrowser();
        ToolBrowser.Response auth = browser.get(startLogin(spec, browser).location());
        ToolBrowser.Response wrongState = browser.submit(auth, fields -> fields.put("state", "not-our-state"));
        assertThat(wrongState.status()).isEqualTo(400);
        assertThat(wrongState.body()).contains("expired or was already used");

        ToolBrowser other = new ToolBrowser();
        ToolBrowser.Response auth2 = other.get(startLogin(spec, other).location());
        ToolBrowser.Response noCookie = new ToolBrowser().submit(auth2);
        assertThat(noCookie.status()).isEqualTo(400);
        assertThat(noCookie.body()).contains("did not keep the sign-in cookie", "new window");
        assertThat(other.submit(auth2).status()).as("the state was used up by the refused attempt").isEqualTo(400);
        assertThat(linkedUser(spec.subject)).isEmpty();
    }

    @Test
    void theLtiClaimsMustBeThoseOfAKnownDeploymentAndOfLti13() throws Exception {
        String lti = "https://purl.imsglobal.org/spec/lti/claim/";
        refused(launch(LaunchSpec.learner(newSubject()).override(lti + "deployment_id", "99")), null, "deployment ID");
        refused(launch(LaunchSpec.learner(newSubject()).override(lti + "version", "1.1")), null, "LTI 1.3 is needed");
        refused(launch(LaunchSpec.learner(newSubject()).override(lti + "message_type", "LtiSubmissionReviewRequest")), null, "LTI 1.3");
        refused(launch(LaunchSpec.learner(newSubject()).override(lti + "target_link_uri", "https://evil.example/lti/launch")), null, "LTI 1.3");
        refused(launch(LaunchSpec.learner(newSubject()).override(lti + "resource_link", null)), null, "LTI 1.3");
        refused(launch(LaunchSpec.learner(newSubject()).override(lti + "roles", null)), null, "LTI 1.3");
        refused(launch(LaunchSpec.learner(newSubject()).teacher().deepLinking()
                .override("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings", Map.of("accept_types", List.of("ltiResourceLink")))),
                null, "LTI 1.3");
        refused(launch(LaunchSpec.learner(newSubject()).deepLinking()), null, "Only teachers");
    }

    @Test
    void anErrorAnswerFromThePlatformShowsAPageAndSignsNobodyIn() throws Exception {
        LaunchSpec spec = LaunchSpec.learner(newSubject());
        spec.error = "access_denied";
        refused(launch(spec), spec, "did not let you into this activity");
    }

    @Test
    void loginInitiationsFromUnknownPlatformsDeploymentsOrToForeignTargetsAreRefused() throws Exception {
        ToolBrowser browser = new ToolBrowser();
        Map<String, String> good = Map.of("iss", moodle.issuer, "login_hint", "42", "target_link_uri", tool() + "/lti/launch",
                "client_id", moodle.clientId, "lti_deployment_id", moodle.deploymentId);
        assertThat(browser.post(tool() + "/lti/login", good).status()).isEqualTo(302);
        assertThat(browser.get(tool() + "/lti/login?iss=" + moodle.issuer + "&login_hint=42&target_link_uri=" + tool() + "/lti/launch"
                + "&client_id=" + moodle.clientId).status()).as("GET works too").isEqualTo(302);
        for (Map.Entry<String, String> change : List.of(Map.entry("iss", "https://unknown.example"), Map.entry("client_id", "other"),
                Map.entry("lti_deployment_id", "99"), Map.entry("target_link_uri", "https://evil.example/x"), Map.entry("login_hint", ""))) {
            Map<String, String> bad = new java.util.HashMap<>(good);
            bad.put(change.getKey(), change.getValue());
            ToolBrowser.Response response = browser.post(tool() + "/lti/login", bad);
            assertThat(response.status()).as(change.toString()).isEqualTo(400);
            assertThat(response.headers().firstValue("Location")).isEmpty();
        }
    }

    @Test
    void aDeactivatedPlatformCannotLaunch() throws Exception {
        LtiPlatform current = testUsers.as(admin, () -> platforms.list()).stream().filter(p -> p.id() == platform.id()).findFirst().orElseThrow();
        testUsers.as(admin, () -> platforms.setStatus(current.id(), current.version(), PlatformStatus.DISABLED));
        try {
            moodle.next = LaunchSpec.learner(newSubject());
            ToolBrowser browser = new ToolBrowser();
            ToolBrowser.Response login = browser.submit(browser.get(moodle.launchPageUrl()));
            assertThat(login.status()).isEqualTo(400);
            assertThat(login.body()).contains("not registered with Cyberbench, or not active");
        } finally {
            LtiPlatform disabled = testUsers.as(admin, () -> platforms.list()).stream().filter(p -> p.id() == platform.id()).findFirst().orElseThrow();
            testUsers.as(admin, () -> platforms.setStatus(disabled.id(), disabled.version(), PlatformStatus.ACTIVE));
        }
    }

    private void refused(Launch launch, LaunchSpec spec, String message) {
        ToolBrowser.Response response = launch.launched();
        assertThat(response.status()).as(response.body()).isBetween(400, 403);
        assertThat(response.body()).contains("Cyberbench could not open this link").contains(message);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(launch.browser().cookie("localhost", "JSESSIONID")).as("nobody is signed in").isEmpty();
        if (spec != null) {
            assertThat(linkedUser(spec.subject)).isEmpty();
        }
    }

    private static java.net.HttpCookie cookie(String name, String value) {
        java.net.HttpCookie cookie = new java.net.HttpCookie(name, value);
        cookie.setPath("/lti");
        cookie.setVersion(0);
        return cookie;
    }
}
