package org.cyberbench.lti.internal;

import java.net.URI;
import org.cyberbench.lti.LtiProperties;
import org.cyberbench.lti.ToolUrls;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The tool's own addresses, always built from {@code cyberbench.public-url} and never from the request
 * (Moodle compares the redirect URI byte for byte). Without a configured public URL, the tool is
 * {@code http://localhost:<the port the server listens on>}, as in development and tests.
 */
@Component
public class ToolEndpoints {

    public static final String LOGIN = "/lti/login";
    public static final String LAUNCH = "/lti/launch";
    public static final String JWKS = "/lti/jwks";
    public static final String DEEP_LINK = "/lti/deep-link";
    public static final String REGISTER = "/lti/register";

    private final LtiProperties properties;
    private final Environment environment;

    ToolEndpoints(LtiProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    public String base() {
        String configured = properties.publicUrl();
        if (configured != null && !configured.isBlank()) {
            return configured.strip().replaceAll("/+$", "");
        }
        return "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    }

    public String url(String path) {
        return base() + path;
    }

    public ToolUrls urls() {
        return new ToolUrls(base(), URI.create(base()).getHost(), url(LOGIN), url(LAUNCH), url(JWKS), url(DEEP_LINK), url(REGISTER));
    }

    /** Whether an address is on the tool's own origin (scheme, host and port), so that we may go there. */
    public boolean isOwn(String address) {
        if (address == null) {
            return false;
        }
        try {
            URI uri = URI.create(address);
            URI own = URI.create(base());
            return own.getScheme().equalsIgnoreCase(uri.getScheme()) && own.getHost().equalsIgnoreCase(uri.getHost())
                    && port(own) == port(uri) && uri.getRawUserInfo() == null;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    /** The path of one of our own addresses ("/courses/x"), or null for any other address. */
    public String ownPath(String address) {
        return isOwn(address) ? URI.create(address).getPath() : null;
    }

    public boolean secure() {
        return base().startsWith("https://");
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
