package org.cyberbench.xapi.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.cyberbench.xapi.XapiProperties;
import org.springframework.stereotype.Component;

/**
 * Puts one statement to the LRS (xAPI 1.0.3: {@code PUT statements?statementId=…}, so sending it again
 * is harmless) and says what became of it.
 */
@Component
public class LrsClient {

    /** What the LRS made of a statement. */
    public enum Outcome {
        /** Stored (or it had it already). */
        STORED,
        /** Not now (LRS down, busy, or refusing our credentials): try again later. */
        RETRY,
        /** The LRS will never take this statement as it is. */
        REFUSED
    }

    public record Reply(Outcome outcome, String detail) {
    }

    private final XapiProperties properties;
    private final HttpClient http;

    LrsClient(XapiProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Reply put(String statementId, String json) {
        URI uri = URI.create(properties.statements() + "?statementId=" + URLEncoder.encode(statementId, StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(properties.timeout())
                .header("X-Experience-API-Version", "1.0.3")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (properties.username() != null && !properties.username().isBlank()) {
            String credentials = properties.username() + ":" + (properties.password() == null ? "" : properties.password());
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            String detail = "HTTP " + status + (response.body() == null || response.body().isBlank() ? "" : ": " + response.body().strip());
            if (status >= 200 && status < 300) {
                return new Reply(Outcome.STORED, detail);
            }
            if (status == 409 || status == 400 || status == 413) {
                return new Reply(Outcome.REFUSED, detail);
            }
            return new Reply(Outcome.RETRY, detail);
        } catch (IOException e) {
            return new Reply(Outcome.RETRY, "the LRS could not be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(Outcome.RETRY, "interrupted");
        }
    }
}
