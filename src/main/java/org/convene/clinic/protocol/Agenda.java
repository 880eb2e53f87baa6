package org.convene.clinic.protocol;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.convene.clinic.Step;

/**
 * The planned minutes of each step of one clinic. Immutable; the total is the sum of the
 * steps and always lies within {@link AgendaPlanner#MIN_TOTAL}–{@link AgendaPlanner#MAX_TOTAL}.
 *
 * <p>Computed by {@link AgendaPlanner}; the facilitator can then set single steps before the
 * clinic starts with {@link #withMinutes(Step, int)}.
 */
public record Agenda(Map<Step, Integer> minutesByStep) {

    public Agenda {
        EnumMap<Step, Integer> copy = new EnumMap<>(Step.class);
        copy.putAll(minutesByStep);
        int total = 0;
        for (Step step : Step.values()) {
            Integer minutes = copy.get(step);
            if (minutes == null) {
                throw new IllegalArgumentException("the agenda has no minutes for " + step);
            }
            if (minutes < step.minimumMinutes()) {
                throw new InvalidAgendaException("clinic.agenda.stepTooShort",
                        step + " needs at least " + step.minimumMinutes() + " minute(s), not " + minutes);
            }
            total += minutes;
        }
        AgendaPlanner.requireTotalInRange(total);
        minutesByStep = Collections.unmodifiableMap(copy);
    }

    public static Agenda of(int context, int understanding, int sharing, int advice, int summary) {
        EnumMap<Step, Integer> minutes = new EnumMap<>(Step.class);
        minutes.put(Step.CONTEXT, context);
        minutes.put(Step.UNDERSTANDING, understanding);
        minutes.put(Step.SHARING, sharing);
        minutes.put(Step.ADVICE, advice);
        minutes.put(Step.SUMMARY, summary);
        return new Agenda(minutes);
    }

    public int minutes(Step step) {
        return minutesByStep.get(step);
    }

    public int totalMinutes() {
        return minutesByStep.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The same agenda with one step set to {@code minutes}; the total follows (it grows or
     * shrinks by the difference) rather than the other steps. A facilitator who gives more
     * time to one step sees the clinic end later and decides themselves where to take the
     * minutes back, instead of watching steps they did not touch change under their hands.
     * The new total must still lie within 30–120 minutes.
     *
     * @throws InvalidAgendaException if the step or the total would leave its range
     */
    public Agenda withMinutes(Step step, int minutes) {
        EnumMap<Step, Integer> changed = new EnumMap<>(minutesByStep);
        changed.put(step, minutes);
        return new Agenda(changed);
    }
}
