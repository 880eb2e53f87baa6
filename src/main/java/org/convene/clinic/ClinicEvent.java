package org.convene.clinic;

import java.time.Instant;

/**
 * Something that happened in a live clinic. Events are numbered by the clinic's
 * {@link #revision()}, one after the other without gaps, so a browser that lost its
 * connection can ask for everything after the last revision it saw.
 */
public sealed interface ClinicEvent permits ClinicStarted, StepStarted, StepResumed, StepExtended, StepShortened,
        StepSkipped, AgendaAdjusted, ContributionPosted, HandRaised, HandLowered, FloorGiven, ClinicEnded {

    long clinicId();

    /** The clinic's revision once this event happened: 1 for its first event, then +1 each. */
    long revision();

    Instant occurredAt();
}
