package org.cyberbench.shared.cluster;

import java.io.Serializable;

/**
 * An application event that other nodes must see too: once the transaction that published it commits,
 * {@link ClusterRelay} sends it to every other node, which publishes it there as if it had happened
 * locally (after an empty transaction, so after-commit listeners run). Only for events that keep
 * screens and caches current; what must not be lost lives in MariaDB.
 */
public interface ClusterEvent extends Serializable {
}
