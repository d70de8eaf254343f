package org.cyberbench.lti.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import org.cyberbench.lti.LtiProperties;
import org.springframework.stereotype.Component;

/**
 * The SSRF guard of dynamic registration, whose URLs come from whoever opens the registration page:
 * only https, no user info, and a host whose every address is public (not loopback, private,
 * link-local, unique-local, carrier-grade NAT, multicast or unspecified). Hosts listed in
 * {@code cyberbench.lti.registration.allow-http-hosts} may also be reached over http and at a private
 * address, for a platform on the same machine in development and tests.
 */
@Component
class UrlGuard {

    private final LtiProperties properties;

    UrlGuard(LtiProperties properties) {
        this.properties = properties;
    }

    URI check(String url) {
        URI uri;
        try {
            uri = URI.create(url == null ? "" : url.strip());
        } catch (IllegalArgumentException e) {
            throw refused("not a URL");
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || uri.getRawUserInfo() != null || !uri.isAbsolute()) {
            throw refused("no host, or user info in the URL");
        }
        if (properties.lti().registration().allowHttpHosts().stream().anyMatch(h -> h.equalsIgnoreCase(host))) {
            if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
                throw refused("scheme " + uri.getScheme());
            }
            return uri;
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            throw refused("not https");
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!isPublic(address)) {
                    throw refused("host " + host + " has a non-public address");
                }
            }
        } catch (UnknownHostException e) {
            throw refused("unknown host " + host);
        }
        return uri;
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress() || address.isAnyLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            return (b[0] & 0xfe) != 0xfc; // fc00::/7 unique local
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first != 0 && !(first == 100 && second >= 64 && second < 128) && !(first == 192 && second == 0 && (b[2] & 0xff) == 0)
                && first < 224;
    }

    private static LtiRefusal refused(String reason) {
        return new LtiRefusal("lti.error.registration", "registration URL refused: " + reason);
    }
}
