package org.cyberbench.shared.cluster;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The nodes of a cluster. Without members this node runs alone and nothing is relayed.
 *
 * @param members   the nodes' Hazelcast addresses ({@code host:port}), this one included; every node lists the same
 * @param port      this node's Hazelcast port
 * @param host      the address this node's Hazelcast member binds to and tells the others
 * @param name      the cluster's name: members with another name never join
 */
@ConfigurationProperties("cyberbench.cluster")
public record ClusterProperties(@DefaultValue List<String> members, @DefaultValue("5701") int port, String host,
        @DefaultValue("cyberbench") String name) {

    public boolean enabled() {
        return !members.isEmpty();
    }
}
