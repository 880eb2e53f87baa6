package org.convene.clinic.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContextRuleTest {

    @Test
    void shouldAcceptAContextUpToTheLimit() {
        assertThat(ContextRule.problem("x".repeat(1_200))).isEmpty();
        assertThat(ContextRule.charactersLeft("x".repeat(1_200))).isZero();
        assertThat(ContextRule.problem("")).isEmpty();
    }

    @Test
    void shouldRefuseAContextOverTheLimit() {
        assertThat(ContextRule.problem("x".repeat(1_201))).contains(ContextRule.TOO_LONG);
        assertThat(ContextRule.charactersLeft("x".repeat(1_201))).isEqualTo(-1);
    }

    @Test
    void shouldCountALineBreakOnceAsTheBrowserCounterDoes() {
        String withCrLf = "x".repeat(600) + "\r\n" + "y".repeat(599);

        assertThat(ContextRule.charactersLeft(withCrLf)).isZero();
        assertThat(ContextRule.problem(withCrLf)).isEmpty();
    }
}
