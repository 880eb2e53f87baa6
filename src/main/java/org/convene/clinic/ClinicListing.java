package org.convene.clinic;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One clinic in a community's list. */
record ClinicListing(long id, long caseId, String caseTitle, Instant startsAt, ClinicState state,
        @Nullable Step currentStep, Variation variation, long presenterId, long facilitatorId, int totalMinutes,
        CaseStatus caseStatus) {
}
