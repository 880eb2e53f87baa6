package org.convene.clinic.protocol;

import java.util.EnumMap;

import org.convene.clinic.Step;

/**
 * Plans a clinic's agenda from its total length and how many members said they have a
 * related experience.
 *
 * <ol>
 * <li>Each step gets its share of the seed's one-hour protocol (10/15/15/15/5), scaled to the
 *     total: a 90-minute clinic keeps the proportions of the 60-minute one.</li>
 * <li>Sharing needs time only for the stories there are: about {@value #MINUTES_PER_STORY}
 *     minutes per member with a related experience, never more than its proportional share,
 *     and none at all when nobody has one.</li>
 * <li>The minutes Sharing does not need go to the other four steps in proportion to their
 *     shares (so they keep the 10:15:15:5 ratio among themselves).</li>
 * <li>The exact, fractional minutes are rounded with the largest-remainder method
 *     ({@link LargestRemainder}): whole minutes that always add up to exactly the total, each
 *     step at most one minute away from its exact share; ties go to the earlier step.</li>
 * </ol>
 */
public final class AgendaPlanner {

    static final int MIN_TOTAL = 30;
    static final int MAX_TOTAL = 120;
    public static final int DEFAULT_TOTAL = 60;
    static final int MINUTES_PER_STORY = 3;

    /** Sharing is capped at total × 15/60, i.e. a quarter, so quarter minutes keep it exact. */
    private static final int QUARTERS = 4;
    /** Default minutes of the four steps other than Sharing: 10 + 15 + 15 + 5. */
    private static final int OTHER_STEPS_DEFAULT = Step.PROTOCOL_MINUTES - Step.SHARING.defaultMinutes();
    /** Every exact share written over this denominator is a whole number (see {@link #plan}). */
    private static final long DENOMINATOR = (long) QUARTERS * OTHER_STEPS_DEFAULT;

    private AgendaPlanner() {
    }

    public static Agenda plan(int storyCount) {
        return plan(DEFAULT_TOTAL, storyCount);
    }

    /**
     * @param totalMinutes the clinic's length, {@value #MIN_TOTAL}–{@value #MAX_TOTAL}
     * @param storyCount   members who marked "I have a related experience", zero or more
     * @throws InvalidAgendaException if the total is outside its range
     */
    public static Agenda plan(int totalMinutes, int storyCount) {
        requireTotalInRange(totalMinutes);
        if (storyCount < 0) {
            throw new IllegalArgumentException("the number of stories cannot be negative: " + storyCount);
        }
        // In quarter minutes: sharing = min(3 × stories, total × 15/60) = min(12 × stories, total).
        long sharingQuarters = Math.min((long) MINUTES_PER_STORY * QUARTERS * storyCount, totalMinutes);
        long othersQuarters = (long) QUARTERS * totalMinutes - sharingQuarters;
        long[] numerators = new long[Step.values().length];
        for (Step step : Step.values()) {
            // sharing = sharingQuarters / 4 = 45 × sharingQuarters / 180, and each other step
            // gets default/45 of what sharing leaves = default × othersQuarters / 180.
            numerators[step.ordinal()] = step == Step.SHARING
                    ? OTHER_STEPS_DEFAULT * sharingQuarters
                    : step.defaultMinutes() * othersQuarters;
        }
        int[] minutes = LargestRemainder.apportion(numerators, DENOMINATOR);
        EnumMap<Step, Integer> planned = new EnumMap<>(Step.class);
        for (Step step : Step.values()) {
            planned.put(step, minutes[step.ordinal()]);
        }
        return new Agenda(planned);
    }

    static void requireTotalInRange(int totalMinutes) {
        if (totalMinutes < MIN_TOTAL || totalMinutes > MAX_TOTAL) {
            throw new InvalidAgendaException("clinic.agenda.totalOutOfRange",
                    "a clinic lasts " + MIN_TOTAL + " to " + MAX_TOTAL + " minutes, not " + totalMinutes);
        }
    }
}
