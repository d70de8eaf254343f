package org.cyberbench.lti.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cyberbench.lti.LtiProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox. Every few seconds it takes the due scores, oldest first; each is claimed by a
 * conditional update first, so that two nodes (or a manual run) never send the same score at once,
 * and the HTTP call happens outside any database transaction. A failed delivery is tried again after
 * a wait that doubles each time (from {@code first-retry} up to {@code max-retry}) for as long as it
 * takes, so nothing is lost while the LMS is down; a score the LMS refuses for good (4xx) is kept,
 * marked refused, and counted on the admin screen. Sending twice is harmless: the score carries the
 * timestamp it was queued with, and the LMS keeps one score per timestamp.
 */
@Component
public class GradeSender {

    private static final Logger log = LoggerFactory.getLogger(GradeSender.class);
    private static final Duration CLAIM = Duration.ofMinutes(2);

    private final GradeRepository grades;
    private final ResourceLinkRepository links;
    private final PlatformRepository platforms;
    private final AgsClient ags;
    private final TransactionTemplate transactions;
    private final LtiProperties properties;
    private final Clock clock;

    GradeSender(GradeRepository grades, ResourceLinkRepository links, PlatformRepository platforms, AgsClient ags,
            TransactionTemplate transactions, LtiProperties properties, Clock clock) {
        this.grades = grades;
        this.links = links;
        this.platforms = platforms;
        this.ags = ags;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${cyberbench.lti.grades.poll-interval:PT15S}", fixedDelayString = "${cyberbench.lti.grades.poll-interval:PT15S}")
    void onSchedule() {
        deliverDue();
    }

    /** Sends what is due now; returns how many scores arrived. */
    public int deliverDue() {
        Instant now = clock.instant();
        List<Long> due = grades.due(now, Limit.of(properties.lti().grades().batchSize()));
        int sent = 0;
        for (long id : due) {
            Integer claimed = transactions.execute(tx -> grades.claim(id, now, now.plus(CLAIM)));
            if (claimed != null && claimed == 1 && deliver(id)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(long id) {
        GradeEntity grade = grades.findById(id).orElseThrow();
        ResourceLinkEntity link = links.findById(grade.getResourceLinkId()).orElseThrow();
        PlatformEntity platform = platforms.findById(link.getPlatformId()).orElseThrow();
        String knownLineItem = link.getLineitemUrl();
        AgsClient.Result result = platform.isActive() ? ags.send(platform, link, grade)
                : new AgsClient.Result(AgsClient.Outcome.RETRY, "platform not active");
        transactions.executeWithoutResult(tx -> {
            GradeEntity current = grades.findById(id).orElseThrow();
            Instant now = clock.instant();
            switch (result.outcome()) {
                case SENT -> current.sent(now);
                case REFUSED -> current.refused(result.detail());
                case RETRY -> current.failed(result.detail(), now.plus(backoff(current.getAttempts() + 1)));
            }
            grades.save(current);
            if (link.getLineitemUrl() != null && !link.getLineitemUrl().equals(knownLineItem)) {
                links.findById(link.getId()).ifPresent(l -> l.setLineitemUrl(link.getLineitemUrl()));
            }
        });
        if (result.outcome() != AgsClient.Outcome.SENT) {
            log.warn("Score {} for platform {} not delivered ({}): {}", id, platform.getId(), result.outcome(), result.detail());
        }
        return result.outcome() == AgsClient.Outcome.SENT;
    }

    /** The wait before attempt n+1 after n failures: first-retry × 2^(n−1), at most max-retry. */
    Duration backoff(int failures) {
        LtiProperties.Grades config = properties.lti().grades();
        Duration wait = config.firstRetry().multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 30));
        return wait.compareTo(config.maxRetry()) > 0 ? config.maxRetry() : wait;
    }
}
