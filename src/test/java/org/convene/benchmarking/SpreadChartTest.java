package org.convene.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SpreadChartTest {

    private static final double NA = Double.NaN;
    private static final List<String> LEVELS = List.of("Beginner", "Developing", "Advanced", "World class");
    private static final List<SpreadChart.Range> RANGES = List.of(
            new SpreadChart.Range("Sharing", 1, 2, 4),
            new SpreadChart.Range("Safety", 2, 2.5, 3),
            new SpreadChart.Range("Goals", 3, 3, 3),
            new SpreadChart.Range("Feedback", NA, NA, NA));

    private static ChartSvg render() {
        return ChartSvg.parse(SpreadChart.render("Spread", null, LEVELS, RANGES));
    }

    @Test
    void shouldDrawABarFromMinToMaxWithTheMedianAtHandComputedPositions() {
        // Level v at 222 + (v − 1)·122 for 4 levels (plot from 222 to 588).
        ChartSvg svg = render();

        Element row = svg.withClass("spread__row").get(0);
        Element min = svg.withClass("spread__min").get(0);
        Element max = svg.withClass("spread__max").get(0);
        Element median = svg.withClass("spread__median").get(0);
        Element bar = svg.withClass("spread__bar").get(0);
        assertThat(bar.getParentNode()).isSameAs(row);
        assertThat(min.getAttribute("cx")).isEqualTo("222");
        assertThat(max.getAttribute("cx")).isEqualTo("588");
        assertThat(ChartSvg.number(median, "x") + ChartSvg.number(median, "width") / 2).isEqualTo(344.0);
        assertThat(bar.getAttribute("x")).isEqualTo("215");
        assertThat(bar.getAttribute("width")).isEqualTo("380");
        Element second = svg.withClass("spread__median").get(1);
        assertThat(ChartSvg.number(second, "x") + 2.5).isEqualTo(405.0);
    }

    @Test
    void shouldKeepTheGivenOrderAndAnEmptyRowForADimensionWithoutAssessments() {
        ChartSvg svg = render();

        List<Element> rows = svg.withClass("spread__row");
        assertThat(rows).extracting(row -> ChartSvg.children(row, "text").get(0).getTextContent())
                .containsExactly("Sharing", "Safety", "Goals", "Feedback");
        assertThat(svg.withClass("spread__bar")).hasSize(3);
        assertThat(ChartSvg.descendants(rows.get(3), "rect")).isEmpty();
        assertThat(ChartSvg.children(rows.get(3), "text").get(1).getTextContent()).isEqualTo("–");
    }

    @Test
    void shouldDrawTheAxisFromOneToTheNumberOfLevels() {
        ChartSvg svg = render();

        Element axis = svg.withClass("spread__axis").get(0);
        assertThat(ChartSvg.children(axis, "line")).hasSize(4);
        assertThat(ChartSvg.children(axis, "text")).extracting(text -> text.getLastChild().getNodeValue())
                .containsExactly("1", "Beginner", "2", "Developing", "3", "Advanced", "4", "World class");
    }

    @Test
    void shouldGiveRowsAndASummary() {
        assertThat(SpreadChart.rows(RANGES)).containsExactly(
                List.of("Sharing", "1", "2", "4", "3"), List.of("Safety", "2", "2.5", "3", "1"),
                List.of("Goals", "3", "3", "3", "0"), List.of("Feedback", "–", "–", "–", "–"));
        ChartSvg svg = render();
        svg.assertAccessibleImage();
        assertThat(svg.desc()).contains("Sharing: 1 to 4, median 2.", "Safety: 2 to 3, median 2.5.").doesNotContain("Feedback");
    }

    @Test
    void shouldEscapeNamesAndBeDeterministic() {
        List<SpreadChart.Range> hostile = List.of(new SpreadChart.Range("</text><script>x", 1, 2, 3));
        String markup = SpreadChart.render("a < b", null, LEVELS, hostile);

        ChartSvg svg = ChartSvg.parse(markup);
        svg.assertAccessibleImage();
        assertThat(svg.texts()).contains("</text><script>x");
        assertThat(SpreadChart.render("a < b", null, LEVELS, hostile)).isEqualTo(markup);
    }
}
