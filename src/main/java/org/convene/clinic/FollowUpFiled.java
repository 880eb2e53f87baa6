package org.convene.clinic;

import java.time.Instant;
import java.util.List;

/**
 * The presenter reported back on a held case, which is now closed; each adviser whose advice
 * was adopted can be told how it worked out. Carries what a listener needs to tell them (the
 * case's title and community) so that no other module has to read the clinic's tables.
 *
 * @param feedback one entry per adopted advice, in the order the presenter gave them
 */
public record FollowUpFiled(long communityId, long caseId, String caseTitle, long presenterId, Instant occurredAt,
        List<AdviceFeedback> feedback) {

    public FollowUpFiled {
        feedback = List.copyOf(feedback);
    }
}
