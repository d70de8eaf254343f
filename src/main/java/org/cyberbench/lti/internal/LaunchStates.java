package org.cyberbench.lti.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.cyberbench.lti.LtiProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Replay protection kept in the database, so that it holds across nodes: login states are random
 * (256 bits), expire after {@code cyberbench.lti.state-ttl} and are deleted by the statement that
 * reads them (single use, whatever the outcome); an id_token's nonce is recorded with a unique key
 * until well after the token expires, so the same token is accepted once.
 */
@Component
class LaunchStates {

    record State(String state, String nonce, long platformId, String targetLinkUri, Instant expiresAt) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final LtiProperties properties;

    LaunchStates(JdbcTemplate jdbc, Clock clock, LtiProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    State begin(long platformId, String targetLinkUri) {
        Instant now = clock.instant();
        State state = new State(random(), random(), platformId, targetLinkUri, now.plus(properties.lti().stateTtl()));
        jdbc.update("insert into lti_state (state, nonce, platform_id, target_link_uri, created_at, expires_at) values (?, ?, ?, ?, ?, ?)",
                state.state(), state.nonce(), platformId, targetLinkUri, utc(now), utc(state.expiresAt()));
        return state;
    }

    /** The state, removed in the same statement; empty when unknown, already used or expired. */
    Optional<State> consume(String state) {
        if (state == null || state.isBlank() || state.length() > 64) {
            return Optional.empty();
        }
        List<State> found = jdbc.query("delete from lti_state where state = ? returning state, nonce, platform_id, target_link_uri, expires_at",
                (rs, i) -> new State(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC)),
                state);
        return found.stream().findFirst().filter(s -> s.expiresAt().isAfter(clock.instant()));
    }

    /** Records a nonce; false when it was already used (the same id_token posted again). */
    boolean useNonce(long platformId, String nonce, Instant keepUntil) {
        try {
            jdbc.update("insert into lti_nonce (platform_id, nonce, expires_at) values (?, ?, ?)", platformId, nonce, utc(keepUntil));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Forgets expired states, nonces and deep-linking launches. */
    int purge() {
        LocalDateTime now = utc(clock.instant());
        return jdbc.update("delete from lti_state where expires_at < ?", now)
                + jdbc.update("delete from lti_nonce where expires_at < ?", now)
                + jdbc.update("delete from lti_launch where expires_at < ?", now);
    }

    /** DATETIME columns hold UTC, as Hibernate writes them (hibernate.jdbc.time_zone=UTC), whatever the JVM's zone. */
    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
