package org.convene.clinic.cases;

import java.util.Optional;

import org.convene.clinic.Texts;

/**
 * The hard limit on a case's context. The seed warns that presenters, who know every detail
 * of their situation, "can easily overwhelm the group": just enough context to frame the
 * challenge, the rest comes out in the questions of the Understanding step.
 *
 * <p>Characters are counted after turning CRLF into one line break, as a textarea's
 * {@code maxlength} and its live counter count them.
 */
public final class ContextRule {

    static final int MAX_LENGTH = 1_200;
    static final String TOO_LONG = "clinic.context.tooLong";

    private ContextRule() {
    }

    static Optional<String> problem(String context) {
        return charactersLeft(context) < 0 ? Optional.of(TOO_LONG) : Optional.empty();
    }

    /** What the live counter shows; negative when over the limit. */
    public static int charactersLeft(String context) {
        return MAX_LENGTH - Texts.normalized(context).length();
    }
}
