package org.convene.clinic.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.convene.clinic.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Expected agendas are computed by hand in the comments: exact shares first, then the
 * largest-remainder rounding (whole parts, then the missing minutes to the largest
 * fractions, ties to the earlier step).
 */
class AgendaPlannerTest {

    @Test
    void shouldPlanTheSeedProtocolForOneHourWhenEnoughMembersHaveStories() {
        // sharing = min(5 × 3, 60/4) = 15: nothing is freed, the seed's table as is.
        assertThat(AgendaPlanner.plan(60, 5)).isEqualTo(Agenda.of(10, 15, 15, 15, 5));
    }

    @Test
    void shouldCapSharingAtItsProportionalShare() {
        // 10 stories would take 30 minutes, but sharing never exceeds 15 of 60.
        assertThat(AgendaPlanner.plan(60, 10)).isEqualTo(Agenda.of(10, 15, 15, 15, 5));
        assertThat(AgendaPlanner.plan(60, 30)).isEqualTo(Agenda.of(10, 15, 15, 15, 5));
    }

    @Test
    void shouldLeaveSharingOutAndGiveItsTimeToTheOthersWhenNobodyHasAStory() {
        // Others share 60 as 10:15:15:5 → 13.33, 20, 20, 6.67 → floors 13+20+20+6 = 59;
        // the missing minute goes to Summary (.67 beats Context's .33).
        assertThat(AgendaPlanner.plan(60, 0)).isEqualTo(Agenda.of(13, 20, 0, 20, 7));
    }

    @Test
    void shouldGiveAboutThreeMinutesToOneStory() {
        // sharing 3; others share 57 → 12.67, 19, 19, 6.33 → 12+19+3+19+6 = 59; +1 to Context.
        assertThat(AgendaPlanner.plan(60, 1)).isEqualTo(Agenda.of(13, 19, 3, 19, 6));
    }

    @Test
    void shouldGiveAboutThreeMinutesPerStoryForThreeStories() {
        // sharing 9; others share 51 → 11.33, 17, 17, 5.67 → 11+17+9+17+5 = 59; +1 to Summary.
        assertThat(AgendaPlanner.plan(60, 3)).isEqualTo(Agenda.of(11, 17, 9, 17, 6));
    }

    @Test
    void shouldPlanFourStoriesJustBelowTheCap() {
        // sharing 12; others share 48 → 10.67, 16, 16, 5.33 → 10+16+12+16+5 = 59; +1 to Context.
        assertThat(AgendaPlanner.plan(60, 4)).isEqualTo(Agenda.of(11, 16, 12, 16, 5));
    }

    @Test
    void shouldUseOneHourByDefault() {
        assertThat(AgendaPlanner.plan(5)).isEqualTo(AgendaPlanner.plan(60, 5));
        assertThat(AgendaPlanner.plan(0).totalMinutes()).isEqualTo(AgendaPlanner.DEFAULT_TOTAL);
    }

    @Test
    void shouldScaleTheProtocolToHalfAnHour() {
        // 5, 7.5, 7.5, 7.5, 2.5 → 5+7+7+7+2 = 28; four ties at .5, the two earliest win:
        // Understanding and Sharing.
        assertThat(AgendaPlanner.plan(30, 3)).isEqualTo(Agenda.of(5, 8, 8, 7, 2));
    }

    @Test
    void shouldPlanHalfAnHourWithoutStories() {
        // Others share 30 → 6.67, 10, 10, 3.33 → 6+10+0+10+3 = 29; +1 to Context.
        assertThat(AgendaPlanner.plan(30, 0)).isEqualTo(Agenda.of(7, 10, 0, 10, 3));
    }

    @Test
    void shouldScaleTheProtocolToThreeQuartersOfAnHour() {
        // 7.5, 11.25, 11.25, 11.25, 3.75 → 7+11+11+11+3 = 43; +1 Summary (.75), +1 Context (.5).
        assertThat(AgendaPlanner.plan(45, 4)).isEqualTo(Agenda.of(8, 11, 11, 11, 4));
    }

    @Test
    void shouldScaleTheProtocolToAnHourAndAHalf() {
        // 15, 22.5, 22.5, 22.5, 7.5 → 15+22+22+22+7 = 88; the two earliest .5 ties win.
        assertThat(AgendaPlanner.plan(90, 8)).isEqualTo(Agenda.of(15, 23, 23, 22, 7));
    }

    @Test
    void shouldGiveStoriesOnlyTheTimeTheyNeedInALongClinic() {
        // 90 minutes, 5 stories: sharing 15 (below the 22.5 cap); others share 75 →
        // 16.67, 25, 25, 8.33 → 16+25+15+25+8 = 89; +1 to Context.
        assertThat(AgendaPlanner.plan(90, 5)).isEqualTo(Agenda.of(17, 25, 15, 25, 8));
    }

    @Test
    void shouldDoubleTheProtocolForTwoHours() {
        assertThat(AgendaPlanner.plan(120, 10)).isEqualTo(Agenda.of(20, 30, 30, 30, 10));
    }

    @Test
    void shouldPlanTwoHoursWithoutStories() {
        // Others share 120 → 26.67, 40, 40, 13.33 → 26+40+0+40+13 = 119; +1 to Context.
        assertThat(AgendaPlanner.plan(120, 0)).isEqualTo(Agenda.of(27, 40, 0, 40, 13));
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -60, 0, 1, 29, 121, 180, Integer.MAX_VALUE})
    void shouldRefuseTotalsOutsideHalfAnHourToTwoHours(int total) {
        assertThatThrownBy(() -> AgendaPlanner.plan(total, 3))
                .isInstanceOf(InvalidAgendaException.class)
                .hasMessageContaining("30 to 120 minutes")
                .extracting(e -> ((InvalidAgendaException) e).messageKey())
                .isEqualTo("clinic.agenda.totalOutOfRange");
    }

    @ParameterizedTest
    @ValueSource(ints = {30, 120})
    void shouldAcceptTheLimitsOfTheRange(int total) {
        assertThat(AgendaPlanner.plan(total, 2).totalMinutes()).isEqualTo(total);
    }

    @Test
    void shouldRefuseANegativeNumberOfStories() {
        assertThatThrownBy(() -> AgendaPlanner.plan(60, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldAlwaysSumToTheTotalAndStayWithinAMinuteOfTheExactShares() {
        for (int total = AgendaPlanner.MIN_TOTAL; total <= AgendaPlanner.MAX_TOTAL; total++) {
            for (int stories = 0; stories <= 30; stories++) {
                Agenda agenda = AgendaPlanner.plan(total, stories);
                String plan = total + " minutes, " + stories + " stories: " + agenda;

                assertThat(agenda.totalMinutes()).as(plan).isEqualTo(total);
                double sharing = Math.min(3.0 * stories, total / 4.0);
                for (Step step : Step.values()) {
                    double exact = step == Step.SHARING ? sharing : step.defaultMinutes() * (total - sharing) / 45.0;
                    assertThat((double) agenda.minutes(step)).as(plan + " " + step)
                            .isBetween(Math.floor(exact), Math.ceil(exact));
                    assertThat(agenda.minutes(step)).as(plan + " " + step)
                            .isGreaterThanOrEqualTo(step.minimumMinutes());
                }
                assertThat(agenda.minutes(Step.SHARING) == 0).as(plan).isEqualTo(stories == 0);
            }
        }
    }

    @Test
    void shouldNeverGiveSharingMoreTimeWhenFewerMembersHaveStories() {
        for (int total = AgendaPlanner.MIN_TOTAL; total <= AgendaPlanner.MAX_TOTAL; total++) {
            for (int stories = 1; stories <= 30; stories++) {
                assertThat(AgendaPlanner.plan(total, stories - 1).minutes(Step.SHARING))
                        .isLessThanOrEqualTo(AgendaPlanner.plan(total, stories).minutes(Step.SHARING));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"30", "60", "90", "120"})
    void shouldKeepTheOtherStepsInTheSeedsRatioWhenSharingIsLeftOut(int total) {
        Agenda agenda = AgendaPlanner.plan(total, 0);

        // Understanding and Advice have equal shares, hence equal minutes, and are the longest.
        assertThat(agenda.minutes(Step.UNDERSTANDING)).isEqualTo(agenda.minutes(Step.ADVICE))
                .isGreaterThan(agenda.minutes(Step.CONTEXT));
        assertThat(agenda.minutes(Step.CONTEXT)).isGreaterThan(agenda.minutes(Step.SUMMARY));
    }
}
