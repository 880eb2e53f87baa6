package org.convene.clinic.protocol;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.convene.clinic.ContributionKind;
import org.convene.clinic.RoomRole;
import org.convene.clinic.Step;
import org.convene.clinic.Variation;

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
public final class ContributionRules {

    private ContributionRules() {
    }

    /** The reason the post is refused, or empty if the step accepts it from this role. */
    public static Optional<Refusal> check(Step step, Variation variation, RoomRole role, ContributionKind kind) {
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
     * What {@code role} may post now: the kinds it may post on their own, and the kinds it may
     * post only as a reply. Computed from {@link #check}, so the composer never offers what the
     * step would refuse, and never hides what it would accept.
     */
    public static Postable postable(Step step, Variation variation, RoomRole role) {
        List<ContributionKind> accepted = Arrays.stream(ContributionKind.values())
                .filter(kind -> check(step, variation, role, kind).isEmpty())
                .toList();
        return new Postable(accepted.stream().filter(kind -> requiredParent(kind).isEmpty()).toList(),
                accepted.stream().filter(kind -> requiredParent(kind).isPresent()).toList());
    }

    /** Every kind {@code role} may post on its own in some step: what its composer offers to choose from. */
    public static List<ContributionKind> kindsOf(RoomRole role) {
        return Arrays.stream(ContributionKind.values())
                .filter(kind -> requiredParent(kind).isEmpty())
                .filter(kind -> Arrays.stream(Step.values())
                        .anyMatch(step -> check(step, Variation.STANDARD, role, kind).isEmpty()))
                .toList();
    }

    /** The kind {@code role} may reply with to a contribution of {@code parentKind} now, if any. */
    public static Optional<ContributionKind> replyTo(ContributionKind parentKind, Step step, Variation variation,
            RoomRole role) {
        return postable(step, variation, role).replies().stream()
                .filter(kind -> requiredParent(kind).orElseThrow() == parentKind)
                .findFirst();
    }

    /**
     * The kind a contribution must reply to: answers thread under a question, comments under
     * a piece of advice; every other kind stands on its own.
     */
    public static Optional<ContributionKind> requiredParent(ContributionKind kind) {
        return switch (kind) {
            case ANSWER -> Optional.of(ContributionKind.QUESTION);
            case COMMENT -> Optional.of(ContributionKind.ADVICE);
            default -> Optional.empty();
        };
    }
}
