package org.cyberbench.xapi;

/** How the statements stand: where they go, how many wait, were sent or were refused, and the last error. */
public record XapiStatus(boolean enabled, String endpoint, long queued, long sent, long refused, String lastError) {
}
