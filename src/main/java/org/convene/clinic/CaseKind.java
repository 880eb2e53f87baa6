package org.convene.clinic;

import java.util.Locale;

/** What the presenter brings: a challenge to solve, or a new idea to explore (a variation of the seed). */
public enum CaseKind {
    CHALLENGE,
    IDEA;

    public String labelKey() {
        return "clinic.caseKind." + name().toLowerCase(Locale.ROOT);
    }
}
