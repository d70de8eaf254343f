package org.cyberbench.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.cyberbench.IntegrationTest;
import org.cyberbench.TestUsers;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every page tells the browser (ASVS V3 sessions, V14 headers), checked on real HTTP responses. */
@IntegrationTest
class HttpHardeningTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;

    private final HttpClient http = HttpClient.newHttpClient(); // no cookie store: each cookie is sent by hand

    @Test
    void pagesForbidFramingByOthersForeignScriptsAndSniffing() throws Exception {
        for (String page : List.of("/", "/login", "/catalogue", "/?v-r=init&location=login")) {
            HttpResponse<String> response = get(page, null);
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(page).contains("default-src 'self'", "frame-ancestors 'self'", "object-src 'none'", "form-action 'self'",
                    "base-uri 'self'");
            assertThat(csp).as("no foreign origin anywhere in the policy").doesNotContain("http:", "https:", "*");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(page).contains("SAMEORIGIN");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(page).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(page).contains("same-origin");
        }
    }

    @Test
    void theSessionCookieIsHiddenFromScriptsAndNotSentCrossSiteAndChangesAtSignIn() throws Exception {
        UserAccount learner = testUsers.create("Sid Session", Role.LEARNER);
        HttpResponse<String> first = get("/login", null);
        String before = sessionCookie(first).orElseThrow(() -> new AssertionError("the sign-in page starts a session"));
        String header = first.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(header).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");

        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Cookie", "JSESSIONID=" + before)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(learner.email(), StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String after = sessionCookie(signIn).orElseThrow(() -> new AssertionError("signing in issues a new session id"));
        assertThat(after).as("session fixation: the id known before signing in is not the signed-in one").isNotEqualTo(before);
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst();
    }
}
