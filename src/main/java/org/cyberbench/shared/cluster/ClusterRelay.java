package org.cyberbench.shared.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Relays {@link ClusterEvent}s between nodes through a Hazelcast topic. A node sends what was
 * published locally once it is committed; what arrives from another node is published here inside an
 * empty transaction (so after-commit listeners run) and is not sent on again. Alone, it does nothing.
 */
@Component
public class ClusterRelay {

    private static final Logger log = LoggerFactory.getLogger(ClusterRelay.class);
    static final String TOPIC = "cyberbench-events";

    /** What travels: the event and the node it comes from. */
    record Envelope(UUID from, ClusterEvent event) implements java.io.Serializable {
    }

    private final ITopic<Envelope> topic;
    private final UUID self;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final ThreadLocal<Boolean> receiving = ThreadLocal.withInitial(() -> false);

    ClusterRelay(ObjectProvider<HazelcastInstance> hazelcast, ApplicationEventPublisher events, PlatformTransactionManager transactionManager) {
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        HazelcastInstance instance = hazelcast.getIfAvailable();
        if (instance == null) {
            this.topic = null;
            this.self = null;
            return;
        }
        this.self = instance.getCluster().getLocalMember().getUuid();
        this.topic = instance.getTopic(TOPIC);
        topic.addMessageListener(message -> {
            Envelope envelope = message.getMessageObject();
            if (!envelope.from().equals(self)) {
                receive(envelope.event());
            }
        });
    }

    /** Whether other nodes are reached (a cluster is configured). */
    public boolean clustered() {
        return topic != null;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void send(ClusterEvent event) {
        if (topic == null || receiving.get()) {
            return;
        }
        try {
            topic.publish(new Envelope(self, event));
        } catch (RuntimeException e) {
            // the change itself is committed; other nodes' screens catch up on their next read
            log.warn("Could not relay {} to the other nodes", event.getClass().getSimpleName(), e);
        }
    }

    private void receive(ClusterEvent event) {
        receiving.set(true);
        try {
            transactions.executeWithoutResult(status -> events.publishEvent(event));
        } catch (RuntimeException e) {
            log.warn("A relayed {} could not be applied on this node", event.getClass().getSimpleName(), e);
        } finally {
            receiving.set(false);
        }
    }
}
