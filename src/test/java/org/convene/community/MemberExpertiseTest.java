package org.convene.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class MemberExpertiseTest {

    @Test
    void shouldParseCommaSeparatedTags() {
        assertThat(MemberExpertise.parse(" Lean, onboarding ,, SAFETY   audits,lean ,"))
                .containsExactly("lean", "onboarding", "safety audits");
    }

    @Test
    void shouldParseNothingFromBlankOrMissingInput() {
        assertThat(MemberExpertise.parse(null)).isEmpty();
        assertThat(MemberExpertise.parse(" , ,")).isEmpty();
    }

    @Test
    void shouldSplitAndNormalizeAListAsTheFormBindsIt() {
        assertThat(MemberExpertise.normalizeAll(Arrays.asList("Lean", null, " Kaizen, lean ")))
                .containsExactly("lean", "kaizen");
        assertThat(MemberExpertise.normalizeAll(null)).isEqualTo(List.of());
    }
}
