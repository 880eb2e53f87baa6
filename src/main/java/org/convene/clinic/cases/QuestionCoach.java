package org.convene.clinic.cases;

import java.util.ArrayList;
import java.util.List;

import org.convene.clinic.Texts;

/**
 * Coaches the presenter towards one precise question, which the seed calls the most
 * important piece of pre-work: "the more precise the question, the easier it is for the
 * group to provide useful and relevant assistance."
 *
 * <p>The checks are deliberately mechanical, so the form and the server agree and the
 * presenter can see exactly what to fix: the question is there, 15–200 characters, has
 * exactly one question mark and ends with it. Two questions joined by "and" in one sentence
 * pass (the group can still answer them together); two question marks do not. Only
 * {@code ?} counts, so a Spanish question opening with {@code ¿} is one question.
 */
public final class QuestionCoach {

    static final int MIN_LENGTH = 15;
    static final int MAX_LENGTH = 200;

    static final String MISSING = "clinic.question.missing";
    static final String TOO_SHORT = "clinic.question.tooShort";
    static final String TOO_LONG = "clinic.question.tooLong";
    static final String NO_QUESTION_MARK = "clinic.question.noQuestionMark";
    static final String SEVERAL_QUESTIONS = "clinic.question.severalQuestions";
    static final String NOT_ENDING_WITH_QUESTION_MARK = "clinic.question.notEndingWithQuestionMark";
    /** The seed's guidance, shown beside the question field. */
    static final String GUIDANCE = "clinic.question.guidance";

    private QuestionCoach() {
    }

    /** Message keys of what to improve, in the order the form shows them; empty when the question is precise. */
    public static List<String> problems(String question) {
        String text = Texts.normalized(question);
        if (text.isEmpty()) {
            return List.of(MISSING);
        }
        List<String> problems = new ArrayList<>();
        if (text.length() < MIN_LENGTH) {
            problems.add(TOO_SHORT);
        }
        if (text.length() > MAX_LENGTH) {
            problems.add(TOO_LONG);
        }
        long questionMarks = text.chars().filter(c -> c == '?').count();
        if (questionMarks == 0) {
            problems.add(NO_QUESTION_MARK);
        } else if (questionMarks > 1) {
            problems.add(SEVERAL_QUESTIONS);
        } else if (!text.endsWith("?")) {
            problems.add(NOT_ENDING_WITH_QUESTION_MARK);
        }
        return List.copyOf(problems);
    }

    static boolean isPrecise(String question) {
        return problems(question).isEmpty();
    }
}
