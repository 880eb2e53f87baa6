package org.convene.clinic;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Something said in a clinic, accepted by its rules.
 *
 * @param id      numbered from 1 within the clinic, in the order posted
 * @param step    the step it was posted in
 * @param replyTo the question this answers, or the advice this comments on
 * @param story   the advice told as a story, when the adviser chose to
 */
public record Contribution(long id, Step step, long authorId, RoomRole role, ContributionKind kind, String text,
        @Nullable Long replyTo, @Nullable AdviceStory story, Instant postedAt) {
}
