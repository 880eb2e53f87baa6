package org.convene.clinic;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A held case reached its follow-up date: the presenter owes the community a report
 * ({@code FOLLOW_UP_DUE}). Raised once per case, by the daily check.
 */
public record FollowUpDue(long communityId, long caseId, String caseTitle, long presenterId, LocalDate followUpOn,
        Instant occurredAt) {
}
