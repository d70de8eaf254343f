package org.cyberbench.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * LTI Dynamic Registration against the simulated Moodle: the registration is stored waiting for an
 * administrator, launches work once it is active, and the URLs a caller gives are guarded.
 */
class LtiRegistrationTest extends LtiTestBase {

    @Test
    void moodleRegistersCyberbenchWhichWaitsForAnAdministrator() throws Exception {
        ToolBrowser browser = new ToolBrowser();
        String token = moodle.registrationToken();
        ToolBrowser.Response page = browser.get(register(moodle.url("/mod/lti/openid-configuration.php"), token));
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("Cyberbench is registered", "org.imsglobal.lti.close");

        Map<String, Object> sent = Http.MAPPER.readValue(moodle.registrations.getLast(), Http.MAP);
        assertThat(sent).containsEntry("initiate_login_uri", tool() + "/lti/login").containsEntry("jwks_uri", tool() + "/lti/jwks")
                .containsEntry("token_endpoint_auth_method", "private_key_jwt").containsEntry("application_type", "web");
        assertThat(sent.get("redirect_uris").toString()).contains(tool() + "/lti/launch");
        assertThat(sent.get("scope").toString()).contains("lti-ags/scope/score", "contextmembership.readonly");
        assertThat(sent.get("https://purl.imsglobal.org/spec/lti-tool-configuration").toString()).contains("domain=localhost");

        LtiPlatform registered = testUsers.as(admin, () -> platforms.list()).stream()
                .filter(p -> p.issuer().equals(moodle.issuer) && p.registeredHow() == RegistrationMethod.DYNAMIC).findFirst().orElseThrow();
        assertThat(registered.status()).isEqualTo(PlatformStatus.PENDING);
        assertThat(registered.clientId()).startsWith("dr-client-");
        assertThat(registered.deploymentIds()).containsExactly("7");
        assertThat(registered.tokenUrl()).isEqualTo(moodle.url("/mod/lti/token.php"));

        Map<String, String> login = Map.of("iss", moodle.issuer, "login_hint", "42", "target_link_uri", tool() + "/lti/launch",
                "client_id", registered.clientId(), "lti_deployment_id", "7");
        assertThat(browser.post(tool() + "/lti/login", login).status()).as("pending: no launch yet").isEqualTo(400);
        testUsers.as(admin, () -> platforms.setStatus(registered.id(), registered.version(), PlatformStatus.ACTIVE));
        assertThat(browser.post(tool() + "/lti/login", login).status()).isEqualTo(302);

        ToolBrowser.Response again = browser.get(register(moodle.url("/mod/lti/openid-configuration.php"), token));
        assertThat(again.status()).as("a registration token is single use").isEqualTo(400);
        assertThat(again.body()).contains("registration could not be completed");
    }

    @Test
    void addressesThatAreNotPublicHttpsOrAnIssuerOnAnotherHostAreRefused() throws Exception {
        ToolBrowser browser = new ToolBrowser();
        int before = moodle.registrations.size();
        for (String url : new String[] {"http://example.org/mod/lti/openid-configuration.php", "https://127.0.0.2/openid",
                "https://10.1.2.3/openid", "https://169.254.169.254/latest/meta-data", "https://[::1]/openid", "file:///etc/passwd",
                "https://user@example.org/openid", "not a url"}) {
            ToolBrowser.Response response = browser.get(register(url, "t"));
            assertThat(response.status()).as(url).isEqualTo(400);
            assertThat(response.body()).contains("public https addresses");
        }
        moodle.configurationIssuer = "https://moodle.elsewhere.example";
        try {
            assertThat(browser.get(register(moodle.url("/mod/lti/openid-configuration.php"), moodle.registrationToken())).status())
                    .isEqualTo(400);
        } finally {
            moodle.configurationIssuer = null;
        }
        assertThat(moodle.registrations).hasSize(before);
    }

    private String register(String configuration, String token) {
        return tool() + "/lti/register?openid_configuration=" + java.net.URLEncoder.encode(configuration, java.nio.charset.StandardCharsets.UTF_8)
                + "&registration_token=" + token;
    }
}
