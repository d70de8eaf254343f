package org.cyberbench.shared;

/**
 * A rule a user broke (duplicate e-mail, closed registration, ...). It carries a translation key
 * and arguments, so that the UI can show the reason in the user's language.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UserFacingException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
