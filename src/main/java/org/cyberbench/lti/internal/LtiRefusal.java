package org.cyberbench.lti.internal;

/**
 * A request from a platform (or a browser claiming to come from one) that the tool refuses: the
 * translation key of what the person sees, and the technical reason, which is logged (never a token).
 */
public class LtiRefusal extends RuntimeException {

    private final String messageKey;
    private final int status;

    public LtiRefusal(String messageKey, String reason) {
        this(messageKey, reason, 400);
    }

    public LtiRefusal(String messageKey, String reason, int status) {
        super(reason);
        this.messageKey = messageKey;
        this.status = status;
    }

    public String messageKey() {
        return messageKey;
    }

    public int status() {
        return status;
    }
}
