package org.convene.clinic;

/** The presenter's verdict on one adopted piece of advice, at the follow-up. */
record AdviceVerdict(long adviceId, AdviceOutcome outcome, String note) {

    static final int NOTE_MAX_LENGTH = 1_000;

    AdviceVerdict {
        note = Texts.normalized(note);
        if (note.length() > NOTE_MAX_LENGTH) {
            throw new IllegalArgumentException("a note is at most " + NOTE_MAX_LENGTH + " characters");
        }
    }
}
