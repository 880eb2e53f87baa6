package org.convene.clinic.cases;

import org.convene.clinic.AdviceOutcome;
import org.convene.clinic.Texts;

/** The presenter's verdict on one adopted piece of advice, at the follow-up. */
public record AdviceVerdict(long adviceId, AdviceOutcome outcome, String note) {

    public static final int NOTE_MAX_LENGTH = 1_000;

    public AdviceVerdict {
        note = Texts.normalized(note);
        if (note.length() > NOTE_MAX_LENGTH) {
            throw new IllegalArgumentException("a note is at most " + NOTE_MAX_LENGTH + " characters");
        }
    }
}
