package org.convene.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class TrendChartTest {

    private static final double NA = Double.NaN;
    private static final List<String> LEVELS = List.of("Beginner", "Developing", "Advanced", "World class");
    private static final List<String> ROUNDS = List.of("2025 Q4", "2026 Q2", "2026 Q4");

    @Test
    void shouldPlotMeansAtHandComputedPoints() {
        // Plot from x 150 to 596 (rounds at 150, 373, 596), y 288 (level 1) to 28 (level 4): 86.67 a level.
        ChartSvg svg = ChartSvg.parse(TrendChart.render("Trend", null, ROUNDS, LEVELS,
                List.of(new TrendChart.Line("Sharing", new double[] {1, 2.5, 4})), null));

        Element line = svg.withClass("trend__line").get(0);
        assertThat(ChartSvg.children(line, "polyline")).singleElement()
                .satisfies(polyline -> assertThat(polyline.getAttribute("points")).isEqualTo("150,288 373,158 596,28"));
        assertThat(ChartSvg.children(line, "circle")).hasSize(3);
    }

    @Test
    void shouldDrawOneLineAndLegendEntryPerDimensionInDistinctColoursAndMarkers() {
        List<TrendChart.Line> lines = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            lines.add(new TrendChart.Line("Dimension " + i, new double[] {1 + i * 0.2, 2, 2 + i * 0.2}));
        }
        ChartSvg svg = ChartSvg.parse(TrendChart.render("Trend", null, ROUNDS, LEVELS, lines, null));

        List<Element> drawn = svg.withClass("trend__line");
        assertThat(drawn).hasSize(8);
        assertThat(drawn).extracting(line -> line.getAttribute("stroke")).doesNotHaveDuplicates();
        assertThat(drawn).extracting(line -> ChartSvg.children(line, "title").get(0).getTextContent())
                .containsExactly("Dimension 0", "Dimension 1", "Dimension 2", "Dimension 3", "Dimension 4", "Dimension 5",
                        "Dimension 6", "Dimension 7");
        assertThat(ChartSvg.children(svg.withClass("trend__legend").get(0), "g")).hasSize(8);
        assertThat(svg.withClass("trend__panel")).isEmpty();
        // Marker shapes differ between the first four lines; the next four use open shapes.
        assertThat(drawn.subList(0, 4)).extracting(line -> ChartSvg.children(line, "polyline").size() == 1
                ? line.getElementsByTagNameNS(ChartSvg.SVG_NS, "*").item(2).getLocalName() : "")
                .containsExactly("circle", "rect", "polygon", "polygon");
    }

    @Test
    void shouldBreakTheLineAtAMissingMean() {
        ChartSvg svg = ChartSvg.parse(TrendChart.render("Trend", null, List.of("R1", "R2", "R3", "R4"), LEVELS,
                List.of(new TrendChart.Line("Sharing", new double[] {1, 2, NA, 4})), null));

        Element line = svg.withClass("trend__line").get(0);
        assertThat(ChartSvg.children(line, "polyline")).singleElement()
                .satisfies(polyline -> assertThat(polyline.getAttribute("points").split(" ")).hasSize(2));
        assertThat(ChartSvg.descendants(line, "circle")).hasSize(3);
        assertThat(TrendChart.rows(List.of(new TrendChart.Line("Sharing", new double[] {1, 2.25, NA, 4}))))
                .containsExactly(List.of("Sharing", "1", "2.3", "–", "4"));
    }

    @Test
    void shouldShadeTheBandBetweenWeakestAndBest() {
        ChartSvg svg = ChartSvg.parse(TrendChart.render("Trend", null, ROUNDS, LEVELS,
                List.of(new TrendChart.Line("Sharing", new double[] {2, 2.5, 3})),
                new TrendChart.Band("Weakest to best", 0, new double[] {1, 1, 2}, new double[] {3, 4, 4})));

        assertThat(svg.withClass("trend__band")).singleElement().satisfies(band -> {
            assertThat(band.getAttribute("points")).isEqualTo("150,114.67 373,28 596,28 596,201.33 373,288 150,288");
            assertThat(ChartSvg.children(band, "title").get(0).getTextContent()).isEqualTo("Weakest to best");
        });
    }

    @Test
    void shouldSwitchToSmallMultiplesBeyondEightDimensions() {
        List<TrendChart.Line> lines = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            lines.add(new TrendChart.Line("Dimension " + i, new double[] {1, 2, 3}));
        }
        ChartSvg svg = ChartSvg.parse(TrendChart.render("Trend", null, ROUNDS, LEVELS, lines,
                new TrendChart.Band("Weakest to best", 4, new double[] {1, 1, 1}, new double[] {4, 4, 4})));

        List<Element> panels = svg.withClass("trend__panel");
        assertThat(panels).hasSize(9);
        assertThat(panels).allSatisfy(panel -> assertThat(ChartSvg.descendants(panel, "polyline")).hasSize(1));
        assertThat(ChartSvg.descendants(panels.get(4), "polygon")).hasSize(1);
        assertThat(svg.withClass("trend__band")).hasSize(1);
        assertThat(svg.withClass("trend__legend")).isEmpty();
    }

    @Test
    void shouldCentreASingleRound() {
        ChartSvg svg = ChartSvg.parse(TrendChart.render("Trend", null, List.of("Baseline"), LEVELS,
                List.of(new TrendChart.Line("Sharing", new double[] {2})), null));

        assertThat(ChartSvg.descendants(svg.withClass("trend__line").get(0), "circle")).singleElement()
                .satisfies(marker -> assertThat(marker.getAttribute("cx")).isEqualTo("373"));
    }

    @Test
    void shouldEscapeBeAccessibleAndDeterministic() {
        List<TrendChart.Line> lines = List.of(new TrendChart.Line("<script>&", new double[] {1, 2, 3}));
        String markup = TrendChart.render("Trend", null, List.of("<r1>", "r2", "r3"), LEVELS, lines, null);

        ChartSvg svg = ChartSvg.parse(markup);
        svg.assertAccessibleImage();
        assertThat(svg.texts()).contains("<script>&", "<r1>");
        assertThat(svg.desc()).isEqualTo("Mean level (1 to 4) of 1 dimensions across 3 rounds, from <r1> to r3. <script>&: 1 to 3.");
        assertThat(TrendChart.render("Trend", null, List.of("<r1>", "r2", "r3"), LEVELS, lines, null)).isEqualTo(markup);
    }

    @Test
    void shouldRefuseMeansThatDoNotMatchTheRounds() {
        assertThatThrownBy(() -> TrendChart.render("t", null, ROUNDS, LEVELS,
                List.of(new TrendChart.Line("S", new double[] {1, 2})), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrendChart.render("t", null, ROUNDS, LEVELS,
                List.of(new TrendChart.Line("S", new double[] {1, 2, 3})),
                new TrendChart.Band("b", 1, new double[] {1, 1, 1}, new double[] {2, 2, 2}))).isInstanceOf(IllegalArgumentException.class);
    }
}
