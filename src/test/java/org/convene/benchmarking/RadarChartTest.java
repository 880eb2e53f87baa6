package org.convene.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class RadarChartTest {

    private static final double NA = Double.NaN;
    private static final List<String> LEVELS = List.of("Beginner", "Developing", "Advanced", "World class");
    private static final List<String> AXES = List.of("Goals", "Sharing", "Safety", "Feedback");

    private static String render(double[] unit, double[] median, double[] best) {
        return RadarChart.render("Lyon against the community", "A summary", AXES, LEVELS,
                new RadarChart.Series("Lyon", unit), new RadarChart.Series("Median", median), new RadarChart.Series("Best", best));
    }

    @Test
    void shouldPlaceTheUnitsPolygonAtHandComputedPoints() {
        // Centre (340, 234), radius 170, 4 levels: level v at 170·v/4 from the centre,
        // axes clockwise from 12 o'clock: up, right, down, left.
        ChartSvg svg = ChartSvg.parse(render(new double[] {4, 2, 3, 1}, new double[] {2, 2, 2, 2}, new double[] {4, 4, 4, 4}));

        Element unit = svg.withClass("radar__series--0").get(0);
        assertThat(ChartSvg.children(unit, "polygon")).singleElement()
                .satisfies(polygon -> assertThat(polygon.getAttribute("points")).isEqualTo("340,64 425,234 340,361.5 297.5,234"));
        Element median = svg.withClass("radar__series--1").get(0);
        assertThat(ChartSvg.children(median, "polygon").get(0).getAttribute("points")).isEqualTo("340,149 425,234 340,319 255,234");
    }

    @Test
    void shouldDrawOneRingPerLevelAndLabelThemWithTheLevelLabels() {
        ChartSvg svg = ChartSvg.parse(render(new double[] {4, 2, 3, 1}, new double[] {2, 2, 2, 2}, new double[] {4, 4, 4, 4}));

        Element grid = svg.withClass("radar__grid").get(0);
        assertThat(ChartSvg.children(grid, "circle")).extracting(ring -> ring.getAttribute("r"))
                .containsExactly("42.5", "85", "127.5", "170");
        assertThat(ChartSvg.children(grid, "line")).hasSize(4);
        Element levels = svg.withClass("radar__levels").get(0);
        assertThat(ChartSvg.children(levels, "text")).extracting(Element::getTextContent)
                .containsExactly("1 Beginner", "2 Developing", "3 Advanced", "4 World class");
    }

    @Test
    void shouldDrawAPointPerValueAndALegendEntryPerSeries() {
        ChartSvg svg = ChartSvg.parse(render(new double[] {4, 2, 3, 1}, new double[] {2, 2, 2, 2}, new double[] {4, 4, 4, 4}));

        assertThat(svg.withClass("radar__dots")).hasSize(3)
                .allSatisfy(dots -> assertThat(ChartSvg.children(dots, "circle")).hasSize(4));
        Element legend = svg.withClass("radar__legend").get(0);
        assertThat(ChartSvg.children(legend, "text")).extracting(Element::getTextContent).containsExactly("Lyon", "Median", "Best");
    }

    @Test
    void shouldLeaveAGapForAMissingValueRatherThanDrawingZero() {
        ChartSvg svg = ChartSvg.parse(render(new double[] {4, NA, 3, 1}, new double[] {2, 2, 2, 2}, new double[] {4, 4, 4, 4}));

        Element unit = svg.withClass("radar__series--0").get(0);
        assertThat(ChartSvg.children(unit, "polygon")).isEmpty();
        // The outline resumes after the gap and runs round to the axis before it: down, left, up.
        assertThat(ChartSvg.children(unit, "polyline")).singleElement()
                .satisfies(line -> assertThat(line.getAttribute("points")).isEqualTo("340,361.5 297.5,234 340,64"));
        Element dots = svg.withClass("radar__dots--0").get(0);
        assertThat(ChartSvg.children(dots, "circle")).hasSize(3)
                .noneSatisfy(dot -> assertThat(dot.getAttribute("cx") + "," + dot.getAttribute("cy")).isEqualTo("340,234"));
        assertThat(RadarChart.rows(AXES, List.of(new RadarChart.Series("Lyon", new double[] {4, NA, 3, 1}))))
                .containsExactly(List.of("Goals", "4"), List.of("Sharing", "–"), List.of("Safety", "3"), List.of("Feedback", "1"));
    }

    @Test
    void shouldShowALoneValueBetweenTwoGapsAsADot() {
        ChartSvg svg = ChartSvg.parse(render(new double[] {NA, 2, NA, NA}, new double[] {2, 2, 2, 2}, new double[] {4, 4, 4, 4}));

        Element unit = svg.withClass("radar__series--0").get(0);
        assertThat(ChartSvg.children(unit, "polyline")).isEmpty();
        assertThat(ChartSvg.children(svg.withClass("radar__dots--0").get(0), "circle")).singleElement()
                .satisfies(dot -> assertThat(dot.getAttribute("cx")).isEqualTo("425"));
    }

    @Test
    void shouldEscapeNamesThatLookLikeMarkup() {
        String hostile = "<script>alert('x')</script> & \"co\"";
        String markup = RadarChart.render("<b>title</b>", null, List.of(hostile, "B", "C"), LEVELS,
                List.of(new RadarChart.Series("Unit <img src=x onerror=alert(1)>", new double[] {1, 2, 3})));

        ChartSvg svg = ChartSvg.parse(markup);
        svg.assertAccessibleImage();
        assertThat(svg.all("img")).isEmpty();
        assertThat(svg.all("b")).isEmpty();
        assertThat(svg.all("title").get(0).getTextContent()).isEqualTo("<b>title</b>");
        assertThat(svg.withClass("radar__axes").get(0).getTextContent()).contains("<script>alert('x')");
        assertThat(markup).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;");
    }

    @Test
    void shouldBeAnAccessibleImageThatScalesToItsContainer() {
        ChartSvg svg = ChartSvg.parse(render(new double[] {4, 2, 3, 1}, new double[] {2, 2, 2, 2}, new double[] {4, 4, 4, 4}));

        svg.assertAccessibleImage();
        assertThat(svg.desc()).isEqualTo("A summary");
        assertThat(svg.root().getAttribute("viewBox")).isEqualTo("0 0 680 510");
    }

    @Test
    void shouldGenerateASummaryWhenNoneIsGiven() {
        String markup = RadarChart.render("Lyon", " ", AXES, LEVELS, List.of(
                new RadarChart.Series("Lyon", new double[] {4, 2, 3, 1}), new RadarChart.Series("Median", new double[] {2, 2, 3, 2})));

        assertThat(ChartSvg.parse(markup).desc())
                .contains("4 dimensions", "1 (Beginner)", "4 (World class)", "Lyon is above Median in Goals.",
                        "Lyon is below Median in Feedback.");
    }

    @Test
    void shouldGiveTheSameStringForTheSameInput() {
        String first = render(new double[] {4, 2, 3, 1}, new double[] {2, 2.5, 2, 2}, new double[] {4, 4, 4, 4});
        String second = render(new double[] {4, 2, 3, 1}, new double[] {2, 2.5, 2, 2}, new double[] {4, 4, 4, 4});
        String other = render(new double[] {4, 2, 3, 2}, new double[] {2, 2.5, 2, 2}, new double[] {4, 4, 4, 4});

        assertThat(first).isEqualTo(second);
        String firstId = ChartSvg.parse(first).root().getAttribute("aria-labelledby");
        assertThat(ChartSvg.parse(other).root().getAttribute("aria-labelledby")).isNotEqualTo(firstId);
    }

    @Test
    void shouldHandleAsManyAxesAsAModelHasDimensionsKeepingEveryFullNameInATooltip() {
        List<String> axes = new ArrayList<>();
        double[] values = new double[RadarChart.MAX_AXES];
        for (int i = 0; i < RadarChart.MAX_AXES; i++) {
            axes.add("A rather long practice dimension name number " + (i + 1));
            values[i] = 1 + i % 4;
        }
        ChartSvg svg = ChartSvg.parse(RadarChart.render("Thirty", null, axes, LEVELS,
                List.of(new RadarChart.Series("Unit", values))));

        Element labels = svg.withClass("radar__axes").get(0);
        List<Element> texts = ChartSvg.children(labels, "text");
        assertThat(texts).hasSize(RadarChart.MAX_AXES);
        for (int i = 0; i < RadarChart.MAX_AXES; i++) {
            Element text = texts.get(i);
            assertThat(ChartSvg.children(text, "title").get(0).getTextContent()).isEqualTo(axes.get(i));
            assertThat(ChartSvg.children(text, "tspan")).singleElement()
                    .satisfies(line -> assertThat(line.getTextContent()).hasSizeLessThanOrEqualTo(10).endsWith("…"));
        }
        assertThat(ChartSvg.children(svg.withClass("radar__dots--0").get(0), "circle")).hasSize(RadarChart.MAX_AXES);
    }

    @Test
    void shouldWrapMediumNamesOnTwoLines() {
        ChartSvg svg = ChartSvg.parse(RadarChart.render("Wrap", null, List.of("Customer feedback loops", "B", "C"), LEVELS,
                List.of(new RadarChart.Series("Unit", new double[] {1, 2, 3}))));

        Element first = ChartSvg.children(svg.withClass("radar__axes").get(0), "text").get(0);
        assertThat(ChartSvg.children(first, "tspan")).extracting(Element::getTextContent).containsExactly("Customer feedback", "loops");
    }

    @Test
    void shouldRefuseTooFewAxesOrMismatchedSeries() {
        assertThatThrownBy(() -> RadarChart.render("t", null, List.of("A", "B"), LEVELS,
                List.of(new RadarChart.Series("U", new double[] {1, 2})))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RadarChart.render("t", null, AXES, LEVELS,
                List.of(new RadarChart.Series("U", new double[] {1, 2})))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RadarChart.render("t", null, AXES, List.of("a", "b"),
                List.of(new RadarChart.Series("U", new double[] {1, 2, 3, 4})))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldGiveTableRowsWithAValuePerSeries() {
        assertThat(RadarChart.rows(AXES, List.of(new RadarChart.Series("Lyon", new double[] {4, 2, 3, 1}),
                new RadarChart.Series("Median", new double[] {2, 2.5, 2.25, 2}))))
                .containsExactly(List.of("Goals", "4", "2"), List.of("Sharing", "2", "2.5"), List.of("Safety", "3", "2.3"),
                        List.of("Feedback", "1", "2"));
    }
}
