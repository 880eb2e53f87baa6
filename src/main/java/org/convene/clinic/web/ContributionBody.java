package org.convene.clinic.web;

import org.convene.clinic.AdviceStory;
import org.convene.clinic.ContributionKind;
import org.convene.clinic.session.ContributionDraft;
import org.convene.web.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A contribution as typed, in the room's form or the API's request body: {@link #draft()} checks it
 * once for both, before the clinic's rules decide whether it may be posted now.
 */
public record ContributionBody(@Nullable ContributionKind kind, @Nullable String text, @Nullable Long replyTo,
        @Nullable StoryBody story) {

    public record StoryBody(String situation, String whatIDid, String whatHappened) {
    }

    public ContributionDraft draft() {
        if (kind == null) {
            throw new InvalidInputException("kind", "clinic.contribution.kindMissing");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "clinic.contribution.textMissing");
        }
        boolean told = story != null && !(blank(story.situation()) && blank(story.whatIDid())
                && blank(story.whatHappened()));
        if (told && (blank(story.situation()) || blank(story.whatIDid()) || blank(story.whatHappened()))) {
            throw new InvalidInputException("story", "clinic.contribution.storyIncomplete");
        }
        return new ContributionDraft(kind, text, replyTo,
                told ? new AdviceStory(story.situation(), story.whatIDid(), story.whatHappened()) : null);
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
