package org.convene.clinic.session;

import java.time.Duration;
import java.time.Instant;

import org.convene.clinic.Step;

/**
 * The step on the clock: how long it was planned for (including extensions) and when it
 * ends. The server owns the deadline; browsers only display it.
 */
public record RunningStep(Step step, int plannedMinutes, Instant deadline) {

    static RunningStep start(Step step, int plannedMinutes, Instant now) {
        return new RunningStep(step, plannedMinutes, now.plus(Duration.ofMinutes(plannedMinutes)));
    }

    /** Time left until the deadline; negative once the step runs over, which is shown, not enforced. */
    Duration remaining(Instant now) {
        return Duration.between(now, deadline);
    }

    RunningStep extendedBy(int minutes) {
        return new RunningStep(step, plannedMinutes + minutes, deadline.plus(Duration.ofMinutes(minutes)));
    }

    RunningStep shortenedBy(int minutes) {
        return new RunningStep(step, plannedMinutes - minutes, deadline.minus(Duration.ofMinutes(minutes)));
    }

    /** The same step with its deadline pushed back by the time it was left waiting. */
    RunningStep resumedAfter(Duration away) {
        return new RunningStep(step, plannedMinutes, deadline.plus(away));
    }
}
