package org.convene.clinic.protocol;

/**
 * An agenda was asked for that the protocol does not allow (a total outside 30–120 minutes,
 * a step below its minimum). Bad input rather than a conflict with the clinic's state, so
 * the web layer answers 400; the message key names the rule for the person who typed it.
 */
public class InvalidAgendaException extends IllegalArgumentException {

    private final String messageKey;

    InvalidAgendaException(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
