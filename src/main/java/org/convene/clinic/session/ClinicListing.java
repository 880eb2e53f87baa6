package org.convene.clinic.session;

import java.time.Instant;

import org.convene.clinic.Step;
import org.convene.clinic.Variation;
import org.convene.clinic.cases.CaseStatus;
import org.jspecify.annotations.Nullable;

/** One clinic in a community's list. */
public record ClinicListing(long id, long caseId, String caseTitle, Instant startsAt, ClinicState state,
        @Nullable Step currentStep, Variation variation, long presenterId, long facilitatorId, int totalMinutes,
        CaseStatus caseStatus) {
}
