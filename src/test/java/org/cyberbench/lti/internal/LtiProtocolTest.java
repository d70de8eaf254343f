package org.cyberbench.lti.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cyberbench.lti.LtiProperties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import tools.jackson.databind.json.JsonMapper;

/** The protocol details, without Spring: claim parsing, URLs, headers, the score and content-item JSON, backoff. */
class LtiProtocolTest {

    private static final String LTI = LtiMessage.LTI;

    static LtiProperties properties(String publicUrl) {
        return new LtiProperties(publicUrl, Path.of("target"), new LtiProperties.Lti(Duration.ofMinutes(10), Duration.ofSeconds(60), false,
                "ZZ", null, new LtiProperties.Registration(List.of("127.0.0.1")),
                new LtiProperties.Grades(Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofHours(6), 50),
                new LtiProperties.Http(Duration.ofSeconds(5), Duration.ofSeconds(15), 1 << 20)));
    }

    static ToolEndpoints endpoints() {
        return new ToolEndpoints(properties("https://cyberbench.example.org/"), new MockEnvironment());
    }

    @Test
    void claimsAreReadLenientlyWherePlatformsDiffer() {
        LtiMessage message = LtiMessage.from(Map.of(
                "iss", "https://moodle.example.org", "sub", "5", "aud", "client-1",
                LTI + "roles", List.of("Instructor", "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator"),
                LTI + "launch_presentation", Map.of("locale", "fr_BE"),
                "given_name", "Jeanne", "family_name", "Martin",
                LTI + "custom", Map.of("course", "intro", "n", 3),
                "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings", Map.of("deep_link_return_url", "https://m/x",
                        "accept_types", List.of("ltiResourceLink"), "accept_multiple", "false", "accept_lineitem", true,
                        "accept_presentation_document_targets", List.of("iframe"))));
        assertThat(message.audience()).containsExactly("client-1");
        assertThat(message.roles()).first().isEqualTo("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor");
        assertThat(message.isInstructor()).isTrue();
        assertThat(message.name()).isEqualTo("Jeanne Martin");
        assertThat(message.language()).isEqualTo("fr");
        assertThat(message.country()).isEqualTo("BE");
        assertThat(message.custom()).containsEntry("course", "intro").containsEntry("n", "3");
        assertThat(message.deepLinking().acceptMultiple()).isFalse();
        assertThat(message.deepLinking().acceptLineItem()).isTrue();
        assertThat(message.deepLinking().acceptWindow()).isFalse();

        LtiMessage learner = LtiMessage.from(Map.of("aud", List.of("a", "b"), LTI + "roles",
                List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner")));
        assertThat(learner.audience()).containsExactly("a", "b");
        assertThat(learner.isInstructor()).isFalse();
        assertThat(LtiMessage.from(Map.of(LTI + "roles", List.of("http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant")))
                .isInstructor()).isTrue();
        assertThat(LtiMessage.from(Map.of()).roles()).as("no roles claim is not an empty list").isNull();
    }

    @Test
    void theScoresUrlKeepsMoodlesQuery() {
        assertThat(AgsClient.scoresUri("https://moodle.example.org/mod/lti/services.php/2/lineitems/5/lineitem?type_id=3"))
                .hasToString("https://moodle.example.org/mod/lti/services.php/2/lineitems/5/lineitem/scores?type_id=3");
        assertThat(AgsClient.sibling("https://lms.example/api/lti/courses/1/line_items/7", "/results"))
                .hasToString("https://lms.example/api/lti/courses/1/line_items/7/results");
    }

    @Test
    void theNextPageComesFromTheLinkHeader() {
        assertThat(NrpsClient.next("<https://m/memberships?limit=2&from=2>; rel=\"next\"")).contains("https://m/memberships?limit=2&from=2");
        assertThat(NrpsClient.next("<https://m/a>; rel=\"prev\", <https://m/b>; rel=\"next\"")).contains("https://m/b");
        assertThat(NrpsClient.next("<https://m/c>; title=\"x\"; rel=next")).contains("https://m/c");
        assertThat(NrpsClient.next("<https://m/a>; rel=\"differences\"")).isEmpty();
    }

    @Test
    void statusesDecideBetweenDeliveredRetryAndRefused() {
        assertThat(AgsClient.result(200).outcome()).isEqualTo(AgsClient.Outcome.SENT);
        assertThat(AgsClient.result(204).outcome()).isEqualTo(AgsClient.Outcome.SENT);
        assertThat(AgsClient.result(409).outcome()).as("Moodle: a newer score is there").isEqualTo(AgsClient.Outcome.SENT);
        assertThat(AgsClient.result(400).outcome()).isEqualTo(AgsClient.Outcome.REFUSED);
        assertThat(AgsClient.result(401).outcome()).isEqualTo(AgsClient.Outcome.RETRY);
        assertThat(AgsClient.result(429).outcome()).isEqualTo(AgsClient.Outcome.RETRY);
        assertThat(AgsClient.result(503).outcome()).isEqualTo(AgsClient.Outcome.RETRY);
    }

    @Test
    void theScoreJsonHasMoodlesRequiredFields() throws Exception {
        LinkUserEntity user = new LinkUserEntity(1, 2, "sub-5");
        GradeEntity grade = new GradeEntity("quiz:1@1", user, new GradeEntity.Score(new BigDecimal("66.50"), new BigDecimal("100.00"),
                "InProgress", "FullyGraded", "Quiz passed"), Instant.parse("2026-05-01T10:00:00.123Z"), Instant.now());
        Map<String, Object> json = JsonMapper.builder().build().readValue(AgsClient.scoreJson(grade), new tools.jackson.core.type.TypeReference<Map<String, Object>>() { });
        assertThat(json).containsEntry("userId", "sub-5").containsEntry("scoreGiven", 66.5).containsEntry("scoreMaximum", 100)
                .containsEntry("timestamp", "2026-05-01T10:00:00.123Z").containsEntry("activityProgress", "InProgress")
                .containsEntry("gradingProgress", "FullyGraded").containsEntry("comment", "Quiz passed");
        GradeEntity progressOnly = new GradeEntity("c@1", user, new GradeEntity.Score(null, null, "Completed", "FullyGraded", null),
                Instant.parse("2026-05-01T10:00:01Z"), Instant.now());
        assertThat(JsonMapper.builder().build().readValue(AgsClient.scoreJson(progressOnly), Map.class))
                .doesNotContainKeys("scoreGiven", "scoreMaximum", "comment");
    }

    @Test
    void scoreTimestampsAreAtLeastASecondApart() {
        LinkUserEntity user = new LinkUserEntity(1, 2, "s");
        Instant now = Instant.parse("2026-05-01T10:00:00.700Z");
        assertThat(user.nextScoreTime(now)).isEqualTo(now);
        user.reported(BigDecimal.TEN, now);
        assertThat(user.nextScoreTime(now.plusMillis(100))).isEqualTo(Instant.parse("2026-05-01T10:00:01Z"));
        assertThat(user.nextScoreTime(now.plusSeconds(5))).isEqualTo(now.plusSeconds(5));
    }

    @Test
    void theBackoffDoublesUpToTheMaximum() {
        GradeSender sender = new GradeSender(null, null, null, null, null, properties(null), null);
        assertThat(sender.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(sender.backoff(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(sender.backoff(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(sender.backoff(40)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void aContentItemOpensOurLaunchWithACustomParameterAndAGradeColumn() {
        DeepLinkResponses responses = new DeepLinkResponses(null, endpoints(), null);
        LtiMessage message = LtiMessage.from(Map.of(LTI + "deployment_id", "3",
                "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings", Map.of("deep_link_return_url", "https://m/r",
                        "accept_types", List.of("ltiResourceLink"), "accept_lineitem", "true",
                        "accept_presentation_document_targets", List.of("iframe", "window"))));
        LaunchEntity launch = new LaunchEntity("l", 1, 1, message, Instant.now(), Instant.now().plusSeconds(60));
        Map<String, Object> item = responses.contentItem(new DeepLinkResponses.ContentItem("course", "intro", "Introduction", "About"), launch);
        assertThat(item).containsExactlyInAnyOrderEntriesOf(Map.of("type", "ltiResourceLink", "title", "Introduction", "text", "About",
                "url", "https://cyberbench.example.org/lti/launch", "custom", Map.of("course", "intro"),
                "lineItem", Map.of("label", "Introduction", "scoreMaximum", 100, "resourceId", "course:intro", "tag", "cyberbench"),
                "window", Map.of("targetName", "_blank")));
    }

    @Test
    void aLaunchOpensWhatItsCustomParameterOrTargetNames() {
        ToolEndpoints endpoints = endpoints();
        assertThat(LaunchService.target(message(Map.of("course", "intro"), "https://cyberbench.example.org/lti/launch"), endpoints))
                .isEqualTo(new LaunchService.Target(ResourceLinkEntity.Kind.COURSE, "intro"));
        assertThat(LaunchService.target(message(Map.of("scenario", "ransomware"), "https://cyberbench.example.org/lti/launch"), endpoints))
                .isEqualTo(new LaunchService.Target(ResourceLinkEntity.Kind.SCENARIO, "ransomware"));
        assertThat(LaunchService.target(message(Map.of(), "https://cyberbench.example.org/courses/advanced"), endpoints))
                .isEqualTo(new LaunchService.Target(ResourceLinkEntity.Kind.COURSE, "advanced"));
        assertThat(LaunchService.target(message(Map.of("course", "../../admin"), "https://cyberbench.example.org/lti/launch"), endpoints)).isNull();
        assertThat(LaunchService.target(message(Map.of(), "https://evil.example/courses/x"), endpoints)).isNull();
    }

    @Test
    void onlyOurOwnOriginIsOurs() {
        ToolEndpoints endpoints = endpoints();
        assertThat(endpoints.isOwn("https://cyberbench.example.org/courses/x")).isTrue();
        assertThat(endpoints.isOwn("https://cyberbench.example.org:443/lti/launch")).isTrue();
        assertThat(endpoints.isOwn("http://cyberbench.example.org/lti/launch")).isFalse();
        assertThat(endpoints.isOwn("https://cyberbench.example.org.evil.example/")).isFalse();
        assertThat(endpoints.isOwn("https://me@cyberbench.example.org/")).isFalse();
        assertThat(endpoints.isOwn("//cyberbench.example.org/x")).isFalse();
        assertThat(endpoints.urls().registration()).isEqualTo("https://cyberbench.example.org/lti/register");
    }

    @Test
    void theRegistrationGuardKnowsPrivateAddresses() throws Exception {
        for (String address : List.of("127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
                "::1", "fd00::1", "fe80::1", "224.0.0.1")) {
            assertThat(UrlGuard.isPublic(InetAddress.getByName(address))).as(address).isFalse();
        }
        for (String address : List.of("8.8.8.8", "193.51.24.1", "2001:4860:4860::8888")) {
            assertThat(UrlGuard.isPublic(InetAddress.getByName(address))).as(address).isTrue();
        }
    }

    private static LtiMessage message(Map<String, String> custom, String target) {
        return LtiMessage.from(Map.of(LTI + "custom", custom, LTI + "target_link_uri", target));
    }
}
