package org.convene.clinic;

import java.util.Locale;

/**
 * How one piece of adopted advice worked out, as the presenter reports at the follow-up;
 * the community learns as much from advice that did not work as from advice that did.
 */
public enum AdviceOutcome {
    WORKED,
    PARTLY,
    DID_NOT_WORK,
    /** Adopted at the summary but not tried in the end; worth knowing, and no judgement on the advice. */
    NOT_TRIED;

    public String labelKey() {
        return "clinic.outcome." + name().toLowerCase(Locale.ROOT);
    }
}
