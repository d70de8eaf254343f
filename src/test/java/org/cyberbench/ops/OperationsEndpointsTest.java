package org.cyberbench.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.cyberbench.IntegrationTest;
import org.cyberbench.TestUsers;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.shared.json.Json;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.core.type.TypeReference;

/**
 * What a load balancer, an orchestrator and Prometheus call: health without an account and without
 * details, what content is loaded, and metrics for administrators only; nothing else is exposed.
 */
@IntegrationTest
class OperationsEndpointsTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthAndInfoAnswerAnyoneWithoutDetails() throws Exception {
        HttpResponse<String> liveness = get("/actuator/health/liveness", null);
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"");
        HttpResponse<String> readiness = get("/actuator/health/readiness", null);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
        HttpResponse<String> health = get("/actuator/health", null);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("mariadb");
        assertThat(health.headers().firstValue("Set-Cookie")).as("no session for a probe").isEmpty();

        Map<String, Map<String, Number>> info = Json.read(get("/actuator/info", null).body(), new TypeReference<>() {
        });
        assertThat(info.get("courses").get("current").intValue()).isGreaterThanOrEqualTo(3);
        assertThat(info.get("scenarios").get("current").intValue()).isGreaterThanOrEqualTo(3);
        assertThat(info.get("glossary").get("concepts").intValue()).isGreaterThanOrEqualTo(300);
    }

    @Test
    void metricsAreForAdministratorsAndNothingElseIsExposed() throws Exception {
        UserAccount admin = testUsers.create("Mona Monitoring", Role.ADMIN);
        UserAccount learner = testUsers.create("Lars Learner", Role.LEARNER);

        HttpResponse<String> anonymous = get("/actuator/prometheus", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(get("/actuator/prometheus", learner).statusCode()).isEqualTo(403);
        HttpResponse<String> metrics = get("/actuator/prometheus", admin);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds_count{").contains("jvm_memory_used_bytes{")
                .contains("hikaricp_connections_active{").contains("cyberbench_import_seconds_count{")
                .contains("cyberbench_scenario_screens{").contains("application=\"cyberbench\"");

        for (String hidden : new String[] {"/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/loggers"}) {
            HttpResponse<String> refused = get(hidden, admin);
            assertThat(refused.statusCode()).as(hidden).isEqualTo(403);
            assertThat(refused.body()).as(hidden).isEmpty();
        }
    }

    private HttpResponse<String> get(String path, UserAccount user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user.email() + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
