package org.convene.clinic.session;

import org.convene.clinic.AdviceStory;
import org.convene.clinic.ContributionKind;
import org.convene.clinic.Texts;
import org.convene.clinic.protocol.ContributionRules;
import org.jspecify.annotations.Nullable;

/**
 * What someone wants to post to a clinic, before the clinic's rules have accepted it.
 * Checks only what holds whatever the clinic's state (the text is there and not too long,
 * a story only comes with advice); {@link ContributionRules} decides the rest.
 *
 * @param replyTo the contribution this one answers or comments on
 * @param story   advice told as a story; only for {@link ContributionKind#ADVICE}
 */
public record ContributionDraft(ContributionKind kind, String text, @Nullable Long replyTo, @Nullable AdviceStory story) {

    static final int MAX_LENGTH = 2_000;

    public ContributionDraft {
        text = Texts.required("text", text, MAX_LENGTH);
        if (story != null && kind != ContributionKind.ADVICE) {
            throw new IllegalArgumentException("only advice can be told as a story, not " + kind);
        }
    }

    public static ContributionDraft of(ContributionKind kind, String text) {
        return new ContributionDraft(kind, text, null, null);
    }

    public static ContributionDraft replyTo(long replyTo, ContributionKind kind, String text) {
        return new ContributionDraft(kind, text, replyTo, null);
    }
}
