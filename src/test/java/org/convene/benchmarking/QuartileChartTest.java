package org.convene.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class QuartileChartTest {

    private static final double NA = Double.NaN;
    private static final QuartileChart.Box LEAD_TIME = new QuartileChart.Box("Lead time", "days", true, 0, 2.5, 5, 7.5, 10, 8);
    private static final QuartileChart.Box SATISFACTION = new QuartileChart.Box("Satisfaction", "%", false, 60, 70, 80, 85, 95, NA);

    private static ChartSvg render(QuartileChart.Box... boxes) {
        return ChartSvg.parse(QuartileChart.render("Metrics", null, List.of(boxes), "better", "Your unit"));
    }

    @Test
    void shouldDrawBoxMedianAndWhiskersAtHandComputedPositions() {
        // Axis 0..10 from x 28 to 612: 58.4 a unit.
        ChartSvg svg = render(LEAD_TIME);

        Element box = svg.withClass("quartiles__iqr").get(0);
        assertThat(box.getAttribute("x")).isEqualTo("174");
        assertThat(box.getAttribute("width")).isEqualTo("292");
        assertThat(svg.withClass("quartiles__median").get(0).getAttribute("x1")).isEqualTo("320");
        assertThat(svg.withClass("quartiles__whisker")).extracting(w -> w.getAttribute("x1") + "-" + w.getAttribute("x2"))
                .containsExactly("28-174", "466-612");
        assertThat(svg.withClass("quartiles__cap")).hasSize(2);
    }

    @Test
    void shouldMarkTheViewersValue() {
        ChartSvg svg = render(LEAD_TIME, SATISFACTION);

        assertThat(svg.withClass("quartiles__own")).singleElement().satisfies(own -> {
            assertThat(ChartSvg.children(own, "polygon").get(0).getAttribute("points")).startsWith("495.2,");
            assertThat(ChartSvg.children(own, "text").get(0).getTextContent()).isEqualTo("Your unit 8");
        });
    }

    @Test
    void shouldNameTheUnitOfMeasureAndTheBetterDirection() {
        ChartSvg svg = render(LEAD_TIME, SATISFACTION);

        assertThat(svg.texts()).contains("Lead time (days)", "Satisfaction (%)");
        assertThat(svg.withClass("quartiles__better")).extracting(Element::getTextContent).containsExactly("← better", "better →");
        assertThat(svg.withClass("quartiles__panel")).hasSize(2);
    }

    @Test
    void shouldStretchTheAxisToIncludeTheViewersValue() {
        ChartSvg svg = render(new QuartileChart.Box("Lead time", "days", true, 2, 3, 4, 5, 6, 13));

        assertThat(svg.texts()).contains("0", "15").doesNotContain("20");
    }

    @Test
    void shouldGiveRowsAndASummary() {
        assertThat(QuartileChart.rows(List.of(LEAD_TIME, SATISFACTION))).containsExactly(
                List.of("Lead time", "days", "0", "2.5", "5", "7.5", "10", "8"),
                List.of("Satisfaction", "%", "60", "70", "80", "85", "95", "–"));
        ChartSvg svg = render(LEAD_TIME);
        svg.assertAccessibleImage();
        assertThat(svg.desc()).contains("Lead time (lower is better): 0, 2.5, 5, 7.5, 10 days. Yours: 8 days.");
    }

    @Test
    void shouldShowADashForAMetricWithoutValues() {
        ChartSvg svg = render(new QuartileChart.Box("Empty", "h", false, NA, NA, NA, NA, NA, NA));

        assertThat(svg.withClass("quartiles__iqr")).isEmpty();
        assertThat(svg.texts()).containsExactly("Empty", "–");
    }

    @Test
    void shouldEscapeAndBeDeterministic() {
        QuartileChart.Box hostile = new QuartileChart.Box("<script>", "<b>&", false, 1, 2, 3, 4, 5, 3);
        String markup = QuartileChart.render("t", null, List.of(hostile), "<i>better</i>", "<you>");

        ChartSvg svg = ChartSvg.parse(markup);
        svg.assertAccessibleImage();
        assertThat(svg.texts()).contains("<script> (<b>&)", "<i>better</i> →", "<you> 3");
        assertThat(QuartileChart.render("t", null, List.of(hostile), "<i>better</i>", "<you>")).isEqualTo(markup);
    }
}
