package org.cyberbench.xapi;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Learning Record Store statements go to. Without an endpoint nothing is recorded for it.
 *
 * @param endpoint     the LRS's xAPI endpoint, e.g. {@code https://lrs.example.org/xapi/} (statements go to {@code statements})
 * @param username     HTTP Basic user (the LRS's key)
 * @param password     HTTP Basic password (the LRS's secret)
 * @param sendInterval how often queued statements are sent
 * @param firstRetry   the wait after a first failure; each further failure doubles it
 * @param maxRetry     the longest wait between two tries
 * @param batchSize    statements sent in one round
 * @param timeout      how long one request may take
 */
@ConfigurationProperties("cyberbench.xapi")
public record XapiProperties(URI endpoint, String username, String password,
        @DefaultValue("10s") Duration sendInterval, @DefaultValue("30s") Duration firstRetry, @DefaultValue("1h") Duration maxRetry,
        @DefaultValue("200") int batchSize, @DefaultValue("10s") Duration timeout) {

    public boolean enabled() {
        return endpoint != null && !endpoint.toString().isBlank();
    }

    /** The statements resource of the endpoint. */
    public URI statements() {
        String base = endpoint.toString();
        return URI.create(base.endsWith("/") ? base + "statements" : base + "/statements");
    }
}
