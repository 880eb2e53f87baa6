package org.convene.clinic.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.convene.clinic.CaseKind;
import org.convene.clinic.cases.CaseStatus;
import org.junit.jupiter.api.Test;

/** The library's search ({@link CaseLibrary#matches}). */
class CaseLibraryTest {

    @Test
    void shouldSearchTheLibraryByTextKindAndDimension() {
        var entry = new CaseLibrary.Entry(1, "Volunteers leave", "How can we keep them?", "A choir of forty.",
                CaseKind.CHALLENGE, CaseStatus.CLOSED, "Onboarding", "Pat", null, null,
                List.of("A buddy for each newcomer"), "They stayed.", List.of(), null);

        assertThat(CaseLibrary.matches(entry, CaseLibrary.Query.of("BUDDY", null, null, null))).isTrue();
        assertThat(CaseLibrary.matches(entry, CaseLibrary.Query.of("choir", null, "challenge", "onboarding")))
                .isTrue();
        assertThat(CaseLibrary.matches(entry, CaseLibrary.Query.of("they stayed", null, null, null))).isTrue();
        assertThat(CaseLibrary.matches(entry, CaseLibrary.Query.of("choir", null, "IDEA", null))).isFalse();
        assertThat(CaseLibrary.matches(entry, CaseLibrary.Query.of(null, null, null, "Safety"))).isFalse();
        assertThat(CaseLibrary.matches(entry, CaseLibrary.Query.of("orchestra", null, null, null))).isFalse();
    }
}
