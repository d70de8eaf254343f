package org.cyberbench.xapi.internal;

import java.time.Clock;
import java.util.List;
import org.cyberbench.xapi.XapiProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox to the LRS in rounds: a statement the LRS did not take is tried again later,
 * waiting twice as long each time, until it is stored; nothing is lost while the LRS is down or a
 * node restarts. Rows are locked with SKIP LOCKED, so several nodes can send side by side.
 */
@Component
public class XapiSender {

    private static final Logger log = LoggerFactory.getLogger(XapiSender.class);

    private final StatementRepository statements;
    private final LrsClient lrs;
    private final XapiProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    XapiSender(StatementRepository statements, LrsClient lrs, XapiProperties properties, PlatformTransactionManager transactions,
            Clock clock) {
        this.statements = statements;
        this.lrs = lrs;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${cyberbench.xapi.send-interval:10s}", initialDelayString = "${cyberbench.xapi.send-interval:10s}")
    void scheduledRound() {
        if (properties.enabled()) {
            int sent = sendDue();
            if (sent > 0) {
                log.debug("Sent {} xAPI statements", sent);
            }
        }
    }

    /** Sends what is due now, in rounds of the batch size; returns how many the LRS stored. */
    public int sendDue() {
        int stored = 0;
        Round round;
        do {
            round = transaction.execute(status -> sendRound());
            stored += round.stored();
        } while (round.more());
        return stored;
    }

    private record Round(int stored, boolean more) {
    }

    private Round sendRound() {
        List<StatementEntity> due = statements.lockDue(clock.instant(), properties.batchSize());
        int stored = 0;
        for (StatementEntity statement : due) {
            LrsClient.Reply reply = lrs.put(statement.getStatementId(), statement.getBody());
            switch (reply.outcome()) {
                case STORED -> {
                    statement.sent(clock.instant());
                    stored++;
                }
                case REFUSED -> {
                    statement.failed(reply.detail(), clock.instant());
                    log.warn("The LRS refused xAPI statement {}: {}", statement.getStatementId(), reply.detail());
                }
                case RETRY -> {
                    statement.retryLater(reply.detail(), clock.instant(), properties.firstRetry(), properties.maxRetry());
                    // the LRS is not taking statements now: the rest of the round would fail the same way
                    return new Round(stored, false);
                }
            }
        }
        return new Round(stored, due.size() == properties.batchSize());
    }

    /** Makes everything waiting due now, then sends it. */
    public int sendAllNow() {
        transaction.executeWithoutResult(status -> statements.makeAllDue(clock.instant()));
        return sendDue();
    }
}
