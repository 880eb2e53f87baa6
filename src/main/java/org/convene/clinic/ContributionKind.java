package org.convene.clinic;

import java.util.Locale;

/** What a contribution to a clinic is; each step accepts only some kinds (see {@code ContributionRules}). */
public enum ContributionKind {

    /** The presenter frames the challenge and poses the question (Context). */
    FRAMING,
    /** A clarifying question from the group (Understanding). */
    QUESTION,
    /** The presenter's answer to one question (Understanding). */
    ANSWER,
    /** A related experience (Sharing). */
    STORY,
    /** A piece of advice, ideally told as a story of what one did (Advice). */
    ADVICE,
    /** A remark on one piece of advice (Advice). */
    COMMENT,
    /** What the presenter takes away (Summary). */
    TAKEAWAY;

    public String labelKey() {
        return "clinic.kind." + name().toLowerCase(Locale.ROOT);
    }
}
