package org.cyberbench.shared.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.cyberbench.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event publication registry as the application configures it (MariaDB table from migration
 * V014, completed entries deleted): an event whose listener fails stays recorded, and is delivered
 * when incomplete publications are resubmitted, as happens when the application starts again.
 */
@IntegrationTest
class DurableEventsTest {

    @Autowired
    FlakyListener listener;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEventWhoseListenerFailedIsKeptAndDeliveredWhenResubmitted() {
        String id = UUID.randomUUID().toString();
        listener.failNextTime();

        transactions.executeWithoutResult(status -> events.publishEvent(new FlakyListener.Probe(id)));

        await().atMost(Duration.ofSeconds(10)).until(() -> rows(id) == 1 && !listener.willFail());
        assertThat(listener.handled()).doesNotContain(id);

        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof FlakyListener.Probe p && p.id().equals(id));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(listener.handled()).containsOnlyOnce(id));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(rows(id)).as("completed entries are deleted").isZero());
    }

    private int rows(String id) {
        return jdbc.queryForObject("select count(*) from EVENT_PUBLICATION where SERIALIZED_EVENT like ?", Integer.class, "%" + id + "%");
    }
}
