package org.convene.clinic;

import java.time.Instant;
import java.util.List;

/**
 * The presenter reported back on a held case, which is now closed; each adviser whose advice
 * was adopted can be told how it worked out.
 */
public record FollowUpFiled(long caseId, long presenterId, Instant occurredAt, List<AdviceFeedback> feedback) {

    public FollowUpFiled {
        feedback = List.copyOf(feedback);
    }
}
