package org.convene.clinic.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionCoachTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "How can we keep new volunteers beyond their first month?",
            "Should we move the monthly meeting online, and if so, how do we keep it lively?",
            "¿Cómo retenemos a los voluntarios nuevos?",
            "  Who should own the onboarding?  "})
    void shouldAcceptOnePreciseQuestion(String question) {
        assertThat(QuestionCoach.problems(question)).isEmpty();
        assertThat(QuestionCoach.isPrecise(question)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\r\n"})
    void shouldAskForAQuestionWhenThereIsNone(String question) {
        assertThat(QuestionCoach.problems(question)).containsExactly(QuestionCoach.MISSING);
    }

    @Test
    void shouldRefuseTwoQuestions() {
        assertThat(QuestionCoach.problems("How do we recruit? And how do we keep them?"))
                .containsExactly(QuestionCoach.SEVERAL_QUESTIONS);
    }

    @Test
    void shouldAskForAQuestionMark() {
        assertThat(QuestionCoach.problems("Tell me how to keep new volunteers"))
                .containsExactly(QuestionCoach.NO_QUESTION_MARK);
    }

    @Test
    void shouldAskTheQuestionToEndWithItsQuestionMark() {
        assertThat(QuestionCoach.problems("How do we keep volunteers? Any idea welcome."))
                .containsExactly(QuestionCoach.NOT_ENDING_WITH_QUESTION_MARK);
    }

    @Test
    void shouldRefuseAQuestionTooShortToBeSpecific() {
        assertThat(QuestionCoach.problems("What now?")).containsExactly(QuestionCoach.TOO_SHORT);
        assertThat(QuestionCoach.problems("x".repeat(13) + "?")).containsExactly(QuestionCoach.TOO_SHORT);
        assertThat(QuestionCoach.problems("x".repeat(14) + "?")).isEmpty();
    }

    @Test
    void shouldRefuseAQuestionTooLongToBePrecise() {
        assertThat(QuestionCoach.problems("x".repeat(199) + "?")).isEmpty();
        assertThat(QuestionCoach.problems("x".repeat(200) + "?")).containsExactly(QuestionCoach.TOO_LONG);
    }

    @Test
    void shouldReportEveryProblemAtOnce() {
        assertThat(QuestionCoach.problems("Why? Why?")).containsExactly(QuestionCoach.TOO_SHORT,
                QuestionCoach.SEVERAL_QUESTIONS);
        assertThat(QuestionCoach.problems("help")).containsExactly(QuestionCoach.TOO_SHORT,
                QuestionCoach.NO_QUESTION_MARK);
    }
}
