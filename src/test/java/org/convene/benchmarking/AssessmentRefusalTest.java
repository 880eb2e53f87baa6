package org.convene.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.convene.web.ForbiddenException;
import org.convene.web.NotFoundException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AssessmentRefusalTest {

    private static final long TAKES_PART = 1;
    private static final long ABSENT = 2;

    private static BenchmarkRound round(Visibility visibility) {
        return new BenchmarkRound(7, 8, "2026 Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), visibility,
                Instant.EPOCH, Set.of(new RoundUnit(TAKES_PART, "Unit A"), new RoundUnit(3, "Unit B")));
    }

    @ParameterizedTest
    @EnumSource(Visibility.class)
    void shouldLetTheUnitsOwnPeopleInWhateverTheVisibility(Visibility visibility) {
        assertThat(round(visibility).assessmentRefusal(TAKES_PART, true)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Visibility.class, names = {"ANONYMOUS", "AGGREGATE"})
    void shouldAnswerAUnitThatTakesPartAsOneThatDoesNotWhenNamesAreHidden(Visibility visibility) {
        var round = round(visibility);
        assertThat(round.assessmentRefusal(TAKES_PART, false)).containsInstanceOf(NotFoundException.class);
        assertThat(round.assessmentRefusal(ABSENT, false)).containsInstanceOf(NotFoundException.class);
        assertThat(round.assessmentRefusal(ABSENT, true)).containsInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @EnumSource(value = Visibility.class, names = "NAMED")
    void shouldSayNotYoursInANamedRoundWhereTakingPartIsNoSecret(Visibility visibility) {
        var round = round(visibility);
        assertThat(round.assessmentRefusal(TAKES_PART, false)).containsInstanceOf(ForbiddenException.class);
        assertThat(round.assessmentRefusal(ABSENT, false)).containsInstanceOf(NotFoundException.class);
    }
}
