package org.cyberbench.lti;

/**
 * The addresses an LMS administrator pastes into the platform: Moodle's "Initiate login URL",
 * "Redirection URI(s)", "Public keyset", "Content selection URL" and "Tool URL", and the URL for
 * dynamic registration ("Tool URL..." under Manage tools).
 */
public record ToolUrls(String base, String domain, String login, String launch, String jwks, String deepLink, String registration) {
}
