package org.convene.web;

/**
 * The request is well formed but the current state refuses it (a rule of the domain, or an
 * edit made by someone else in the meantime): 409 with a message from the bundles.
 */
public class ConflictException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    public ConflictException(String messageKey, Object... arguments) {
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
