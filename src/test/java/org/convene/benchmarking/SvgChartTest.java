package org.convene.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shared pieces every chart relies on. */
class SvgChartTest {

    @Test
    void shouldEscapeXmlSpecialCharactersAndDropCharactersXmlForbids() {
        assertThat(SvgWriter.escape("<a href=\"x\">'&'</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
        assertThat(SvgWriter.escape("a\u0000b\u0007c\ufffe")).isEqualTo("abc");
        assertThat(SvgWriter.escape(null)).isEmpty();
    }

    @Test
    void shouldWriteNumbersTheSameWayEverywhere() {
        assertThat(SvgWriter.num(340.0)).isEqualTo("340");
        assertThat(SvgWriter.num(361.5)).isEqualTo("361.5");
        assertThat(SvgWriter.num(201.3333)).isEqualTo("201.33");
        assertThat(SvgWriter.num(-0.001)).isEqualTo("0");
        assertThat(SvgWriter.num(1e-17)).isEqualTo("0");
        assertThat(SvgWriter.level(2.25)).isEqualTo("2.3");
        assertThat(SvgWriter.level(Double.NaN)).isEqualTo("–");
    }

    @Test
    void shouldWrapOnWordsAndEndWhatDoesNotFitWithAnEllipsis() {
        assertThat(SvgWriter.wrap("Customer feedback loops", 18, 2)).containsExactly("Customer feedback", "loops");
        assertThat(SvgWriter.wrap("Onboarding, mentoring and coaching of new people", 18, 2))
                .containsExactly("Onboarding,", "mentoring and coa…");
        assertThat(SvgWriter.wrap("Supercalifragilistic", 10, 1)).containsExactly("Supercali…");
        assertThat(SvgWriter.truncate("Short", 10)).isEqualTo("Short");
    }

    @Test
    void shouldComputeWcagContrast() {
        assertThat(SvgWriter.contrast("#000000", "#ffffff")).isEqualTo(21.0);
        assertThat(SvgWriter.contrast("#ffffff", "#ffffff")).isEqualTo(1.0);
        assertThat(SvgWriter.contrast("#1f5f5b", "#ffffff")).isBetween(7.0, 7.6);
    }

    @Test
    void shouldPickNiceTicks() {
        assertThat(SvgWriter.ticks(0, 10, 5)).containsExactly(0, 2, 4, 6, 8, 10);
        assertThat(SvgWriter.ticks(61, 94, 5)).containsExactly(60, 70, 80, 90, 100);
        assertThat(SvgWriter.ticks(0.12, 0.5, 4)).containsExactly(0.1, 0.2, 0.3, 0.4, 0.5);
    }
}
