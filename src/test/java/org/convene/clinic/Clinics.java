package org.convene.clinic;

import java.time.Instant;

/** Test data for the clinic: the people in the room, a fixed moment, clinics in a given step. */
final class Clinics {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final long CLINIC_ID = 42;
    static final long PRESENTER = 1;
    static final long FACILITATOR = 2;
    static final long ANA = 3;
    static final long BEN = 4;
    static final long CHLOE = 5;

    private Clinics() {
    }

    static Instant minutesAfterStart(double minutes) {
        return T0.plusSeconds(Math.round(minutes * 60));
    }

    /** A one-hour clinic with the seed's agenda, not started. */
    static ClinicSession scheduled(Variation variation) {
        return new ClinicSession(CLINIC_ID, PRESENTER, FACILITATOR, variation, Agenda.of(10, 15, 15, 15, 5));
    }

    static ClinicSession scheduled() {
        return scheduled(Variation.STANDARD);
    }

    /** A clinic started at {@link #T0} and advanced, one minute after each start, to {@code step}; events cleared. */
    static ClinicSession runningIn(Step step, Variation variation) {
        ClinicSession clinic = scheduled(variation);
        clinic.start(FACILITATOR, clinic.stepRevision(), T0);
        int minute = 0;
        while (clinic.currentStep().orElseThrow() != step) {
            clinic.advance(FACILITATOR, clinic.stepRevision(), minutesAfterStart(++minute));
        }
        clinic.clearDomainEvents();
        return clinic;
    }

    static ClinicSession runningIn(Step step) {
        return runningIn(step, Variation.STANDARD);
    }
}
