package org.convene.clinic;

import java.util.Optional;

/**
 * Who may post what in which step, from the seed's protocol table:
 * <ul>
 * <li>Context — the presenter frames the challenge;</li>
 * <li>Understanding — members ask questions, the presenter answers them; advice is refused
 *     with the seed's hint, whoever offers it;</li>
 * <li>Sharing — members tell stories;</li>
 * <li>Advice — members give advice and comment on each other's advice; in the standard
 *     protocol the presenter may comment too, in the delayed-response variation the
 *     presenter posts nothing until the step is over;</li>
 * <li>Summary — only the presenter, and only takeaways.</li>
 * </ul>
 * The facilitator is a peer as well: they may post whatever a member may.
 */
final class ContributionRules {

    private ContributionRules() {
    }

    /** The reason the post is refused, or empty if the step accepts it from this role. */
    static Optional<Refusal> check(Step step, Variation variation, RoomRole role, ContributionKind kind) {
        if (step == Step.UNDERSTANDING && kind == ContributionKind.ADVICE) {
            return Optional.of(Refusal.ADVICE_IN_UNDERSTANDING);
        }
        if (step == Step.ADVICE && role == RoomRole.PRESENTER && variation == Variation.DELAYED_RESPONSE) {
            return Optional.of(Refusal.PRESENTER_LISTENS_DURING_ADVICE);
        }
        return accepts(step, role, kind) ? Optional.empty() : Optional.of(refusalIn(step));
    }

    private static boolean accepts(Step step, RoomRole role, ContributionKind kind) {
        boolean presenter = role == RoomRole.PRESENTER;
        boolean member = role.postsAsMember();
        return switch (step) {
            case CONTEXT -> presenter && kind == ContributionKind.FRAMING;
            case UNDERSTANDING -> member && kind == ContributionKind.QUESTION
                    || presenter && kind == ContributionKind.ANSWER;
            case SHARING -> member && kind == ContributionKind.STORY;
            case ADVICE -> member && kind == ContributionKind.ADVICE
                    || (member || presenter) && kind == ContributionKind.COMMENT;
            case SUMMARY -> presenter && kind == ContributionKind.TAKEAWAY;
        };
    }

    /** A refusal that tells people what the step is for, which is what they need to know. */
    private static Refusal refusalIn(Step step) {
        return switch (step) {
            case CONTEXT -> Refusal.CONTEXT_IS_FOR_FRAMING;
            case UNDERSTANDING -> Refusal.UNDERSTANDING_IS_FOR_QUESTIONS;
            case SHARING -> Refusal.SHARING_IS_FOR_STORIES;
            case ADVICE -> Refusal.ADVICE_IS_FOR_ADVICE_AND_COMMENTS;
            case SUMMARY -> Refusal.SUMMARY_IS_FOR_TAKEAWAYS;
        };
    }

    /**
     * The kind a contribution must reply to: answers thread under a question, comments under
     * a piece of advice; every other kind stands on its own.
     */
    static Optional<ContributionKind> requiredParent(ContributionKind kind) {
        return switch (kind) {
            case ANSWER -> Optional.of(ContributionKind.QUESTION);
            case COMMENT -> Optional.of(ContributionKind.ADVICE);
            default -> Optional.empty();
        };
    }
}
