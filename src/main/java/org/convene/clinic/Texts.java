package org.convene.clinic;

/** Checks on free text typed by people, shared by the types that carry it. */
public final class Texts {

    private Texts() {
    }

    /**
     * Browsers send line breaks as CRLF but count them as one character in a textarea's
     * {@code maxlength}; normalising first makes the server count what the person saw.
     */
    public static String normalized(String text) {
        return text.replace("\r\n", "\n").strip();
    }

    /** Normalised text that is neither blank nor longer than {@code maxLength} characters. */
    public static String required(String field, String text, int maxLength) {
        String normalized = normalized(text);
        if (normalized.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (normalized.length() > maxLength) {
            throw new IllegalArgumentException(field + " must not be longer than " + maxLength + " characters");
        }
        return normalized;
    }
}
