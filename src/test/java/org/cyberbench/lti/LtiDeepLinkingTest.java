package org.cyberbench.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cyberbench.identity.SystemAuthentication;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.identity.UserService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Deep linking: a Moodle teacher's "add an activity" launches the picker; the chosen course and scenario
 * go back to Moodle as an LtiDeepLinkingResponse that Moodle verifies with our published keys.
 */
class LtiDeepLinkingTest extends LtiTestBase {

    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

    @Autowired
    LtiDeepLinking deepLinking;
    @Autowired
    UserService users;

    String slug;

    @BeforeAll
    void importACourse() {
        slug = "lti-linked-course";
        courses.importSmallCourse(slug);
    }

    @Test
    void theTeacherPicksACourseAndAScenarioAndMoodleReceivesASignedResponse() throws Exception {
        LaunchSpec spec = LaunchSpec.learner(newSubject()).teacher().deepLinking();
        Launch launch = launch(spec);
        assertThat(launch.launched().status()).as(launch.launched().body()).isEqualTo(303);
        String location = launch.launched().location();
        assertThat(location).startsWith(tool() + "/lms/deep-link/");
        String launchId = location.substring(location.lastIndexOf('/') + 1);
        UserAccount teacher = SystemAuthentication.runAsSystem(() -> users.get(linkedUser(spec.subject).getFirst()));

        LtiDeepLinking.Request request = testUsers.as(teacher, () -> deepLinking.request(launchId, Locale.ENGLISH));
        assertThat(request.acceptMultiple()).as("Moodle's \"true\" string").isTrue();
        assertThat(request.contextTitle()).isEqualTo(spec.contextTitle);
        LtiDeepLinking.Item course = request.offer().stream().filter(i -> i.slug().equals(slug)).findFirst().orElseThrow();
        LtiDeepLinking.Item scenario = request.offer().stream().filter(i -> i.kind() == LtiDeepLinking.Kind.SCENARIO).findFirst().orElseThrow();
        testUsers.as(teacher, () -> deepLinking.respond(launchId, List.of(course, scenario)));

        ToolBrowser.Response form = launch.browser().get(tool() + "/lti/deep-link/return/" + launchId);
        assertThat(form.status()).isEqualTo(200);
        assertThat(ToolBrowser.form(form).action()).isEqualTo(moodle.url("/course/deep_link_return?id=2&course=2&sesskey=abc"));
        assertThat(launch.browser().submit(form).status()).isEqualTo(200);

        SignedJWT jwt = SignedJWT.parse(moodle.deepLinkResponses.getLast());
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        RSAKey key = (RSAKey) JWKSet.load(URI.create(tool() + "/lti/jwks").toURL()).getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).as("signed by a key the tool publishes").isNotNull();
        assertThat(key.isPrivate()).isFalse();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(moodle.clientId);
        assertThat(claims.getAudience()).containsExactly(moodle.issuer);
        assertThat(claims.getStringClaim("nonce")).isNotBlank();
        assertThat(claims.getExpirationTime()).isAfter(claims.getIssueTime());
        assertThat(claims.getClaim(LTI + "message_type")).isEqualTo("LtiDeepLinkingResponse");
        assertThat(claims.getClaim(LTI + "version")).isEqualTo("1.3.0");
        assertThat(claims.getClaim(LTI + "deployment_id")).isEqualTo(moodle.deploymentId);
        assertThat(claims.getClaim("https://purl.imsglobal.org/spec/lti-dl/claim/data")).isEqualTo("dl-data-" + spec.subject);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) claims.getClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items");
        assertThat(items).hasSize(2);
        assertThat(items.getFirst()).containsEntry("type", "ltiResourceLink").containsEntry("url", tool() + "/lti/launch")
                .containsEntry("custom", Map.of("course", slug)).containsEntry("title", course.title())
                .containsEntry("window", Map.of("targetName", "_blank"));
        assertThat(items.getFirst().get("lineItem").toString()).contains("scoreMaximum=100", "resourceId=course:" + slug);
        assertThat(items.get(1)).containsEntry("custom", Map.of("scenario", scenario.slug()));

        assertThat(launch.browser().get(tool() + "/lti/deep-link/return/" + launchId).status()).as("handed out once").isEqualTo(400);
        assertThatThrownBy(() -> testUsers.as(teacher, () -> deepLinking.respond(launchId, List.of(course))))
                .hasMessageContaining("lti.error.deepLinkUsed");
    }

    @Test
    void onlyThePersonWhoLaunchedMaySeeOrAnswerTheRequest() throws Exception {
        LaunchSpec spec = LaunchSpec.learner(newSubject()).teacher().deepLinking();
        String location = launch(spec).launched().location();
        String launchId = location.substring(location.lastIndexOf('/') + 1);
        UserAccount someoneElse = testUsers.create("Other Teacher", org.cyberbench.identity.Role.LEARNER);

        assertThatThrownBy(() -> testUsers.as(someoneElse, () -> deepLinking.request(launchId, Locale.ENGLISH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(new ToolBrowser().get(tool() + "/lti/deep-link/return/" + launchId).status()).as("not signed in").isEqualTo(403);
    }
}
