package org.convene.clinic;

import java.util.Locale;

/** How a clinic departs from the standard protocol. */
public enum Variation {

    STANDARD,

    /**
     * The presenter only listens while the group gives and discusses advice, and responds
     * after the advice step, so they do not push back on every piece of advice defensively.
     */
    DELAYED_RESPONSE;

    public String labelKey() {
        return "clinic.variation." + name().toLowerCase(Locale.ROOT);
    }
}
