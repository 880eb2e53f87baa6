package org.convene.clinic.cases;

/**
 * One field of a case breaks a hard rule (a context longer than the limit, a title missing):
 * bad input, answered 400 and shown next to {@link #field()}.
 */
public class InvalidCaseException extends IllegalArgumentException {

    private final String field;
    private final String messageKey;

    InvalidCaseException(String field, String messageKey) {
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
