package org.convene.web;

/**
 * One field of otherwise valid input breaks a rule only the service can check (a unit from
 * another community, an email already invited): 400, shown next to that field.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public InvalidInputException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
