package org.convene.clinic;

import java.util.Locale;
import java.util.Optional;

/**
 * The five steps of the case clinic protocol, in the order they run, with their length in
 * the one-hour protocol of the seed. Texts are message keys: the bundles hold the words.
 */
public enum Step {

    CONTEXT(10),
    UNDERSTANDING(15),
    SHARING(15),
    ADVICE(15),
    SUMMARY(5);

    /** The protocol of the seed is written for one hour; other totals keep its proportions. */
    public static final int PROTOCOL_MINUTES = 60;

    private final int defaultMinutes;

    Step(int defaultMinutes) {
        this.defaultMinutes = defaultMinutes;
    }

    /** Minutes in the one-hour protocol. */
    public int defaultMinutes() {
        return defaultMinutes;
    }

    /**
     * The fewest minutes a step may be planned for: sharing can be left out entirely when
     * nobody has a related experience, every other step has to happen.
     */
    public int minimumMinutes() {
        return this == SHARING ? 0 : 1;
    }

    public Optional<Step> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public Optional<Step> previous() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }

    public String nameKey() {
        return key("name");
    }

    /** A word for where space is short (the agenda bar of a phone): "Sharing" for "Sharing related experience". */
    public String shortNameKey() {
        return key("short");
    }

    /** What happens in this step (the "Action" column of the seed's protocol table). */
    public String actionKey() {
        return key("action");
    }

    /** The advice shown during the step (the "Hints" column of the seed's protocol table). */
    public String hintKey() {
        return key("hint");
    }

    private String key(String suffix) {
        return "clinic.step." + name().toLowerCase(Locale.ROOT) + "." + suffix;
    }
}
