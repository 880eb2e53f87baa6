package org.convene.clinic;

/**
 * Advice told as a story, as the seed encourages ("what I did when I was in a similar
 * position"): it keeps advice grounded in experience rather than opinion.
 */
public record AdviceStory(String situation, String whatIDid, String whatHappened) {

    static final int MAX_LENGTH = 1_000;

    public AdviceStory {
        situation = Texts.required("situation", situation, MAX_LENGTH);
        whatIDid = Texts.required("whatIDid", whatIDid, MAX_LENGTH);
        whatHappened = Texts.required("whatHappened", whatHappened, MAX_LENGTH);
    }
}
