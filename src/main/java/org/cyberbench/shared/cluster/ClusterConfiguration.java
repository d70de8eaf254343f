package org.cyberbench.shared.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An embedded Hazelcast member when {@code cyberbench.cluster.members} is set: TCP-IP discovery of the
 * listed members (no multicast, which data centres block), no phone-home, logging through SLF4J; it is
 * shut down with the application. Hazelcast carries only the relay's topic: data stays in MariaDB.
 */
@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

    @Bean(destroyMethod = "shutdown")
    @ConditionalOnExpression("'${cyberbench.cluster.members:}' != ''")
    HazelcastInstance hazelcast(ClusterProperties cluster) {
        Config config = new Config();
        config.setClusterName(cluster.name());
        config.setInstanceName("cyberbench-" + cluster.port());
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        // a listed member that is not up yet must not hold this one's start for long
        config.setProperty("hazelcast.max.join.seconds", "5");
        config.getNetworkConfig().setPort(cluster.port()).setPortAutoIncrement(false);
        if (cluster.host() != null && !cluster.host().isBlank()) {
            config.getNetworkConfig().setPublicAddress(cluster.host() + ":" + cluster.port());
            if (cluster.host().matches("[0-9.]+")) {
                // an IP address: bind to that interface only (a host name is announced, and resolved by the others)
                config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface(cluster.host());
            }
        }
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setConnectionTimeoutSeconds(2).setMembers(cluster.members());
        return Hazelcast.newHazelcastInstance(config);
    }
}
