package org.cyberbench.xapi.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** One statement in the outbox: its JSON, and how delivering it has gone. */
@Entity
@Table(name = "xapi_statement")
public class StatementEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "statement_id", nullable = false, length = 36, unique = true)
    private String statementId;

    @Column(nullable = false, columnDefinition = "mediumtext")
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "failed_at")
    private Instant failedAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    protected StatementEntity() {
    }

    public StatementEntity(String statementId, String body, Instant now) {
        this.statementId = statementId;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public void sent(Instant now) {
        attempts++;
        sentAt = now;
        lastError = null;
    }

    /** A failure worth trying again: the wait doubles from {@code first} up to {@code max}. */
    public void retryLater(String error, Instant now, Duration first, Duration max) {
        attempts++;
        lastError = shorten(error);
        long factor = 1L << Math.min(attempts - 1, 30);
        Duration wait = first.multipliedBy(factor);
        nextAttemptAt = now.plus(wait.compareTo(max) > 0 ? max : wait);
    }

    /** The LRS refused the statement itself: trying again would not help. */
    public void failed(String error, Instant now) {
        attempts++;
        failedAt = now;
        lastError = shorten(error);
    }

    public void dueNow(Instant now) {
        nextAttemptAt = now;
    }

    private static String shorten(String error) {
        return error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
    }

    public Long getId() {
        return id;
    }

    public String getStatementId() {
        return statementId;
    }

    public String getBody() {
        return body;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getFailedAt() {
        return failedAt;
    }

    public String getLastError() {
        return lastError;
    }
}
