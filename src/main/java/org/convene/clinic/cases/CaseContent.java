package org.convene.clinic.cases;

import java.time.LocalDate;

import org.convene.clinic.CaseKind;
import org.convene.clinic.Texts;
import org.jspecify.annotations.Nullable;

/**
 * What the presenter prepares for their case. Hard limits hold even in a draft (a title,
 * the context limit); the question may still be imprecise or empty while drafting, since
 * only {@link ClinicCase#markReady()} insists on a precise one.
 *
 * @param neededBy the date help is needed by, if the challenge is urgent
 */
public record CaseContent(String title, String context, String question, CaseKind kind, @Nullable LocalDate neededBy) {

    static final int TITLE_MAX_LENGTH = 120;
    /** Longer than the coach allows, so a draft can hold a rambling first attempt to trim later. */
    static final int QUESTION_HARD_MAX_LENGTH = 1_000;

    public CaseContent {
        title = Texts.normalized(title);
        if (title.isEmpty()) {
            throw new InvalidCaseException("title", "clinic.case.titleMissing");
        }
        if (title.length() > TITLE_MAX_LENGTH) {
            throw new InvalidCaseException("title", "clinic.case.titleTooLong");
        }
        context = Texts.normalized(context);
        ContextRule.problem(context).ifPresent(key -> {
            throw new InvalidCaseException("context", key);
        });
        question = Texts.normalized(question);
        if (question.length() > QUESTION_HARD_MAX_LENGTH) {
            throw new InvalidCaseException("question", QuestionCoach.TOO_LONG);
        }
    }
}
