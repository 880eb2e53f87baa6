package org.convene.clinic.session;

import java.time.Instant;
import java.util.Set;

import org.convene.clinic.Step;
import org.convene.clinic.Variation;
import org.convene.clinic.protocol.Agenda;

/** Test data for the clinic: the people in the room, a fixed moment, clinics in a given step. */
public final class Clinics {

    public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    public static final long CLINIC_ID = 42;
    public static final long PRESENTER = 1;
    public static final long FACILITATOR = 2;
    public static final long ANA = 3;
    public static final long BEN = 4;
    public static final long CHLOE = 5;

    private Clinics() {
    }

    public static Instant minutesAfterStart(double minutes) {
        return T0.plusSeconds(Math.round(minutes * 60));
    }

    /** A one-hour clinic with the seed's agenda, not started. */
    public static ClinicSession scheduled(Variation variation) {
        return new ClinicSession(CLINIC_ID, PRESENTER, FACILITATOR, variation, Agenda.of(10, 15, 15, 15, 5));
    }

    public static ClinicSession scheduled() {
        return scheduled(Variation.STANDARD);
    }

    /** A clinic started at {@link #T0} and advanced, one minute after each start, to {@code step}; events cleared. */
    public static ClinicSession runningIn(Step step, Variation variation) {
        ClinicSession clinic = scheduled(variation);
        clinic.start(FACILITATOR, clinic.stepRevision(), T0);
        int minute = 0;
        while (clinic.currentStep().orElseThrow() != step) {
            clinic.advance(FACILITATOR, clinic.stepRevision(), minutesAfterStart(++minute));
        }
        clinic.clearDomainEvents();
        return clinic;
    }

    public static ClinicSession runningIn(Step step) {
        return runningIn(step, Variation.STANDARD);
    }

    /** {@code session} as stored for case {@code caseId} of community {@code communityId}, starting at {@link #T0}. */
    public static StoredClinic stored(ClinicSession session, long communityId, long caseId, Set<Long> invitees) {
        return StoredClinic.restore(communityId, caseId, T0, invitees, (int) session.revision(), session.snapshot());
    }
}
