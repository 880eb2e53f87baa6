package org.convene.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

class HeatmapChartTest {

    private static final List<String> LEVELS = List.of("Beginner", "Developing", "Advanced", "World class");
    private static final List<String> DIMENSIONS = List.of("Goals", "Sharing", "Safety");
    private static final List<HeatmapChart.Row> ROWS = List.of(
            new HeatmapChart.Row("Paris", new int[] {1, 4, 2}),
            new HeatmapChart.Row("Unit C", new int[] {3, HeatmapChart.MISSING, 4}),
            new HeatmapChart.Row("Lyon", new int[] {2, 2, 2}));

    private static ChartSvg render(int highlight) {
        return ChartSvg.parse(HeatmapChart.render("Levels", "A summary", DIMENSIONS, LEVELS, ROWS, highlight));
    }

    @Test
    void shouldDrawOneCellPerUnitAndDimensionKeepingTheCallersOrder() {
        ChartSvg svg = render(-1);

        List<Element> rows = svg.withClass("heatmap__row");
        assertThat(rows).hasSize(3);
        assertThat(rows).extracting(row -> ChartSvg.children(row, "text").get(0).getLastChild().getNodeValue())
                .containsExactly("Paris", "Unit C", "Lyon");
        assertThat(svg.withClass("heatmap__cell")).hasSize(9);
        assertThat(ChartSvg.children(svg.withClass("heatmap__columns").get(0), "text"))
                .extracting(text -> text.getLastChild().getNodeValue()).containsExactly("Goals", "Sharing", "Safety");
    }

    @Test
    void shouldShowTheLevelNumberInEveryCell() {
        ChartSvg svg = render(-1);

        assertThat(svg.withClass("heatmap__cell")).extracting(cell -> ChartSvg.children(cell, "text").get(0).getTextContent())
                .containsExactly("1", "4", "2", "3", "–", "4", "2", "2", "2");
        assertThat(svg.withClass("heatmap__cell")).extracting(cell -> ChartSvg.children(cell, "title").get(0).getTextContent())
                .startsWith("Paris · Goals: 1 Beginner", "Paris · Sharing: 4 World class");
    }

    @Test
    void shouldPlaceCellsOnAGrid() {
        ChartSvg svg = render(-1);

        List<Element> cells = svg.withClass("heatmap__cell");
        Element first = ChartSvg.children(cells.get(0), "rect").get(0);
        Element right = ChartSvg.children(cells.get(1), "rect").get(0);
        Element below = ChartSvg.children(cells.get(3), "rect").get(0);
        assertThat(ChartSvg.number(right, "x") - ChartSvg.number(first, "x")).isEqualTo(61.0);
        assertThat(ChartSvg.number(below, "y") - ChartSvg.number(first, "y")).isEqualTo(43.0);
        assertThat(first.getAttribute("width")).isEqualTo("58");
        assertThat(first.getAttribute("height")).isEqualTo("40");
    }

    @Test
    void shouldHatchAMissingCellAndShowADash() {
        ChartSvg svg = render(-1);

        List<Element> missing = svg.withClass("heatmap__cell--missing");
        assertThat(missing).hasSize(1);
        Element rect = ChartSvg.children(missing.get(0), "rect").get(0);
        String patternId = rect.getAttribute("fill").replaceAll("^url\\(#(.*)\\)$", "$1");
        assertThat(svg.byId(patternId).getLocalName()).isEqualTo("pattern");
        assertThat(ChartSvg.children(missing.get(0), "text").get(0).getTextContent()).isEqualTo("–");
        assertThat(HeatmapChart.rows(ROWS).get(1)).containsExactly("Unit C", "3", "–", "4");
    }

    @Test
    void shouldUseOneShadePerLevelFromLightToDark() {
        ChartSvg svg = render(-1);

        Set<String> fills = new HashSet<>();
        for (Element cell : svg.withClass("heatmap__cell")) {
            String level = ChartSvg.children(cell, "text").get(0).getTextContent();
            if (!level.equals("–")) {
                fills.add(level + "=" + ChartSvg.children(cell, "rect").get(0).getAttribute("fill"));
            }
        }
        assertThat(fills).containsExactlyInAnyOrder("1=#e6f2ef", "2=#8cc4b9", "3=#2f7a72", "4=#113b38");
        double previous = 1;
        for (int level = 1; level <= 4; level++) {
            double luminance = SvgWriter.luminance(HeatmapChart.shade(level, 4));
            assertThat(luminance).isLessThan(previous);
            previous = luminance;
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5, 6, 7})
    void shouldKeepTextContrastOfAtLeast4point5OnEveryShade(int levels) {
        List<String> labels = new ArrayList<>();
        int[] all = new int[levels];
        for (int level = 1; level <= levels; level++) {
            labels.add("Level " + level);
            all[level - 1] = level;
        }
        List<String> dimensions = new ArrayList<>();
        for (int level = 1; level <= levels; level++) {
            dimensions.add("D" + level);
        }
        ChartSvg svg = ChartSvg.parse(HeatmapChart.render("Contrast", null, dimensions, labels,
                List.of(new HeatmapChart.Row("Unit", all)), -1));

        List<Element> cells = svg.withClass("heatmap__cell");
        assertThat(cells).hasSize(levels);
        Set<String> shades = new HashSet<>();
        for (Element cell : cells) {
            String background = ChartSvg.children(cell, "rect").get(0).getAttribute("fill");
            String text = ChartSvg.children(cell, "text").get(0).getAttribute("fill");
            shades.add(background);
            assertThat(SvgWriter.contrast(text, background)).as("%s on %s", text, background).isGreaterThanOrEqualTo(4.5);
        }
        assertThat(shades).hasSize(levels);
        // The legend's swatches carry their number too.
        for (Element legendText : ChartSvg.descendants(svg.withClass("heatmap__legend").get(0), "text")) {
            if (legendText.getAttribute("fill").startsWith("#")) {
                Element swatch = (Element) legendText.getPreviousSibling();
                assertThat(SvgWriter.contrast(legendText.getAttribute("fill"), swatch.getAttribute("fill"))).isGreaterThanOrEqualTo(4.5);
            }
        }
    }

    @Test
    void shouldPickLightTextOnDarkCells() {
        assertThat(SvgWriter.textOn(HeatmapChart.shade(4, 4))).isEqualTo("#ffffff");
        assertThat(SvgWriter.textOn(HeatmapChart.shade(1, 4))).isEqualTo("#1d2422");
    }

    @Test
    void shouldOutlineTheViewersOwnRow() {
        ChartSvg svg = render(1);

        assertThat(svg.withClass("heatmap__row--own")).singleElement()
                .satisfies(row -> assertThat(ChartSvg.children(row, "text").get(0).getAttribute("font-weight")).isEqualTo("700"));
        Element outline = svg.withClass("heatmap__own").get(0);
        Element ownCell = ChartSvg.children(svg.withClass("heatmap__cell").get(3), "rect").get(0);
        assertThat(ChartSvg.number(outline, "y")).isEqualTo(ChartSvg.number(ownCell, "y") - 3);
        assertThat(render(-1).withClass("heatmap__own")).isEmpty();
    }

    @Test
    void shouldEscapeUnitAndDimensionNames() {
        String markup = HeatmapChart.render("t", null, List.of("<script>x</script>", "B & C", "D"), LEVELS,
                List.of(new HeatmapChart.Row("\"Unit\" <svg onload=alert(1)>", new int[] {1, 2, 3})), 0);

        ChartSvg svg = ChartSvg.parse(markup);
        svg.assertAccessibleImage();
        assertThat(svg.all("svg")).hasSize(1);
        assertThat(svg.texts()).contains("<script>x</script>", "B & C");
        assertThat(svg.all("title")).extracting(Element::getTextContent).contains("\"Unit\" <svg onload=alert(1)>");
    }

    @Test
    void shouldBeAccessibleAndDeterministic() {
        String first = HeatmapChart.render("Levels", null, DIMENSIONS, LEVELS, ROWS, 1);
        ChartSvg svg = ChartSvg.parse(first);

        svg.assertAccessibleImage();
        assertThat(svg.desc()).isEqualTo("Levels of 3 units in 3 dimensions, from 1 (Beginner, lightest) to 4 (World class, darkest). 1 missing.");
        assertThat(HeatmapChart.render("Levels", null, DIMENSIONS, LEVELS, ROWS, 1)).isEqualTo(first);
    }

    @Test
    void shouldRefuseARowOfTheWrongLength() {
        assertThatThrownBy(() -> HeatmapChart.render("t", null, DIMENSIONS, LEVELS,
                List.of(new HeatmapChart.Row("U", new int[] {1})), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldLeaveRoomForLongRowLabelsAndShortenOverlongOnesWithTheFullLabelAsTooltip() {
        var overlong = "Lakeside Treatment and Water Recovery Works";
        ChartSvg svg = ChartSvg.parse(HeatmapChart.render("Levels", "A summary", DIMENSIONS, LEVELS, List.of(
                new HeatmapChart.Row("Lakeside Treatment", new int[] {4, 1, 2}),
                new HeatmapChart.Row(overlong, new int[] {1, 2, 3})), 0));

        List<Element> rows = svg.withClass("heatmap__row");
        Element label = ChartSvg.children(rows.get(0), "text").get(0);
        Element firstCell = ChartSvg.children(svg.withClass("heatmap__cell").get(0), "rect").get(0);
        double labelEnd = ChartSvg.number(label, "x");
        assertThat(labelEnd).isLessThan(ChartSvg.number(firstCell, "x"));
        // The own row's label is bold: at 9.5 px a character (DejaVu Sans Bold, 14 px) it must start
        // right of the own-row outline (x = 4), not be clipped at the left edge.
        double widestLabel = "Lakeside Treatment".length() * 9.5;
        assertThat(labelEnd - 20 * 9.5).as("room for the longest label after shortening").isGreaterThan(4);
        assertThat(labelEnd - widestLabel).isGreaterThan(4);

        Element shortened = ChartSvg.children(rows.get(1), "text").get(0);
        assertThat(shortened.getLastChild().getNodeValue()).endsWith("…").hasSizeLessThanOrEqualTo(20);
        assertThat(ChartSvg.children(shortened, "title").get(0).getTextContent()).isEqualTo(overlong);
    }
}
