package org.cyberbench.lti.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.cyberbench.lti.LtiProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls to a platform's services (grades, roster, registration) with exact media types (Moodle
 * compares Content-Type and Accept literally: no charset, one type), a bearer token when given,
 * timeouts, no redirects followed, and a cap on the size of what is read back.
 */
@Component
class PlatformHttp {

    record Reply(int status, String body, Optional<String> link) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            return MAPPER.readTree(body);
        }
    }

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final HttpClient client;
    private final LtiProperties properties;

    PlatformHttp(LtiProperties properties) {
        this.properties = properties;
        this.client = HttpClient.newBuilder().connectTimeout(properties.lti().http().connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Reply get(URI uri, String accept, String bearer) throws IOException {
        return send(request(uri, bearer).header("Accept", accept).GET().build());
    }

    Reply post(URI uri, String contentType, String accept, String body, String bearer) throws IOException {
        HttpRequest.Builder request = request(uri, bearer).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request.build());
    }

    private HttpRequest.Builder request(URI uri, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(properties.lti().http().readTimeout());
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return request;
    }

    private Reply send(HttpRequest request) throws IOException {
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                int max = properties.lti().http().maxResponseBytes();
                byte[] bytes = in.readNBytes(max + 1);
                if (bytes.length > max) {
                    throw new IOException("Response of " + request.uri().getHost() + " is larger than " + max + " bytes");
                }
                return new Reply(response.statusCode(), new String(bytes, StandardCharsets.UTF_8), response.headers().firstValue("Link"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        }
    }
}
