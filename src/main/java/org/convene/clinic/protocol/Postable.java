package org.convene.clinic.protocol;

import java.util.List;

import org.convene.clinic.ContributionKind;

/**
 * What one role may post in the current step (see {@link ContributionRules#postable}).
 *
 * @param standalone kinds posted on their own (a question, a story, advice, the framing)
 * @param replies    kinds posted only in reply to another contribution (an answer, a comment)
 */
public record Postable(List<ContributionKind> standalone, List<ContributionKind> replies) {

    public Postable {
        standalone = List.copyOf(standalone);
        replies = List.copyOf(replies);
    }

    public boolean nothing() {
        return standalone.isEmpty() && replies.isEmpty();
    }
}
