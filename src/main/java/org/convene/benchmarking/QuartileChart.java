package org.convene.benchmarking;

import java.util.ArrayList;
import java.util.List;

/**
 * Metric distributions: one panel per metric (each on its own scale, since units of measure
 * differ), with a box from the bottom to the top quartile, the median as a bar in the box,
 * whiskers to the minimum and maximum, the unit of measure in the axis label, and an optional
 * marker for the viewer's own value. When lower is better the axis label says so with the
 * caller's word and an arrow pointing to the better side ("better ←"), and "better →" otherwise.
 *
 * <p>Text alternative: the {@code <desc>} is the caller's summary (or a generated English one),
 * and {@link #rows} gives a table: one row per metric with unit of measure, min, bottom quartile,
 * median, top quartile, max and the viewer's value ("–" when none); the template writes the header.
 */
public final class QuartileChart {

    /**
     * One metric's distribution. {@code own} is the viewer's value, NaN when none.
     */
    public record Box(String metric, String unitOfMeasure, boolean lowerIsBetter, double min, double lowerQuartile,
            double median, double upperQuartile, double max, double own) {
    }

    static final double WIDTH = 640;
    static final double PANEL_H = 128;
    static final double LEFT = 28;
    static final double RIGHT = WIDTH - 28;

    private QuartileChart() {
    }

    /**
     * @param title       short title
     * @param description summary for {@code <desc>}; when blank a summary is generated (English)
     * @param boxes       one per metric, in the order to show them
     * @param betterWord  the word for "better", shown with an arrow to the better side
     * @param ownLabel    the label of the viewer's marker, such as "Your unit"
     */
    public static String render(String title, String description, List<Box> boxes, String betterWord, String ownLabel) {
        double height = 8 + boxes.size() * PANEL_H;
        SvgWriter svg = SvgWriter.svg("quartiles", WIDTH, height, title, SvgWriter.orDefault(description, describe(boxes)));
        for (int i = 0; i < boxes.size(); i++) {
            drawPanel(svg, boxes.get(i), 8 + i * PANEL_H, betterWord, ownLabel);
        }
        return svg.finish();
    }

    /** Table rows for the text alternative: metric, unit, min, bottom quartile, median, top quartile, max, own value. */
    public static List<List<String>> rows(List<Box> boxes) {
        List<List<String>> rows = new ArrayList<>();
        for (Box box : boxes) {
            rows.add(List.of(box.metric(), SvgWriter.nonNull(box.unitOfMeasure()), value(box.min()), value(box.lowerQuartile()),
                    value(box.median()), value(box.upperQuartile()), value(box.max()), value(box.own())));
        }
        return List.copyOf(rows);
    }

    static String value(double value) {
        return Double.isNaN(value) ? "–" : SvgWriter.num(value);
    }

    private static void drawPanel(SvgWriter svg, Box box, double top, String betterWord, String ownLabel) {
        double lo = box.min();
        double hi = box.max();
        if (!Double.isNaN(box.own())) {
            lo = Math.min(lo, box.own());
            hi = Math.max(hi, box.own());
        }
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            svg.open("g", "class", "quartiles__panel");
            svg.element("text", SvgWriter.truncate(box.metric(), 40), "x", LEFT, "y", top + 16, "font-size", 15, "font-weight", 600);
            svg.element("text", "–", "x", LEFT, "y", top + 70, "fill", SvgWriter.MUTED);
            svg.close("g");
            return;
        }
        double[] ticks = SvgWriter.ticks(lo, hi, 5);
        double from = ticks[0];
        double to = ticks[ticks.length - 1];
        java.util.function.DoubleUnaryOperator x = v -> LEFT + (v - from) * (RIGHT - LEFT) / (to - from);

        svg.open("g", "class", "quartiles__panel");
        svg.tooltip(box.metric());
        String unit = box.unitOfMeasure() == null || box.unitOfMeasure().isBlank() ? "" : " (" + box.unitOfMeasure() + ")";
        String better = SvgWriter.nonNull(betterWord);
        String heading = SvgWriter.truncate(box.metric(), 40) + unit;
        svg.element("text", heading, "x", LEFT, "y", top + 16, "font-size", 15, "font-weight", 600);
        svg.element("text", box.lowerIsBetter() ? "← " + better : better + " →", "x", RIGHT, "y", top + 16,
                "text-anchor", "end", "font-size", 13, "fill", SvgWriter.MUTED, "class", "quartiles__better");

        double mid = top + 66;
        double axisY = mid + 22;
        svg.open("g", "font-size", 12, "fill", SvgWriter.MUTED, "text-anchor", "middle");
        svg.empty("line", "x1", LEFT, "y1", axisY, "x2", RIGHT, "y2", axisY, "stroke", SvgWriter.BORDER, "stroke-width", 1);
        for (double tick : ticks) {
            double tx = x.applyAsDouble(tick);
            svg.empty("line", "x1", tx, "y1", axisY, "x2", tx, "y2", axisY + 4, "stroke", SvgWriter.BORDER, "stroke-width", 1);
            svg.element("text", SvgWriter.num(tick), "x", tx, "y", axisY + 18);
        }
        svg.close("g");

        double xMin = x.applyAsDouble(box.min());
        double xMax = x.applyAsDouble(box.max());
        double xQ1 = x.applyAsDouble(box.lowerQuartile());
        double xQ3 = x.applyAsDouble(box.upperQuartile());
        double xMed = x.applyAsDouble(box.median());
        svg.open("g", "class", "quartiles__box", "stroke", SvgWriter.PRIMARY, "stroke-width", 1.5);
        svg.empty("line", "class", "quartiles__whisker", "x1", xMin, "y1", mid, "x2", xQ1, "y2", mid);
        svg.empty("line", "class", "quartiles__whisker", "x1", xQ3, "y1", mid, "x2", xMax, "y2", mid);
        svg.empty("line", "class", "quartiles__cap", "x1", xMin, "y1", mid - 7, "x2", xMin, "y2", mid + 7);
        svg.empty("line", "class", "quartiles__cap", "x1", xMax, "y1", mid - 7, "x2", xMax, "y2", mid + 7);
        svg.empty("rect", "class", "quartiles__iqr", "x", xQ1, "y", mid - 12, "width", Math.max(1, xQ3 - xQ1), "height", 24, "rx", 3,
                "fill", SvgWriter.PRIMARY_SOFT);
        svg.empty("line", "class", "quartiles__median", "x1", xMed, "y1", mid - 12, "x2", xMed, "y2", mid + 12,
                "stroke", SvgWriter.PRIMARY_STRONG, "stroke-width", 3.5);
        svg.close("g");

        if (!Double.isNaN(box.own())) {
            double xo = x.applyAsDouble(box.own());
            svg.open("g", "class", "quartiles__own");
            svg.tooltip(SvgWriter.nonNull(ownLabel) + ": " + SvgWriter.num(box.own()) + unit);
            svg.empty("line", "x1", xo, "y1", mid - 14, "x2", xo, "y2", mid + 14, "stroke", SvgWriter.ACCENT, "stroke-width", 2,
                    "stroke-dasharray", "3 2");
            svg.empty("polygon", "points", SvgWriter.num(xo) + "," + SvgWriter.num(mid - 14) + " "
                    + SvgWriter.num(xo - 6.5) + "," + SvgWriter.num(mid - 24) + " " + SvgWriter.num(xo + 6.5) + "," + SvgWriter.num(mid - 24),
                    "fill", SvgWriter.ACCENT);
            String label = SvgWriter.truncate(ownLabel, 20) + " " + SvgWriter.num(box.own());
            double labelW = label.length() * 6.8;
            String anchor = xo + labelW / 2 > RIGHT ? "end" : xo - labelW / 2 < LEFT ? "start" : "middle";
            svg.element("text", label, "x", xo, "y", mid - 28, "text-anchor", anchor, "font-size", 12.5,
                    "font-weight", 600, "fill", SvgWriter.ACCENT);
            svg.close("g");
        }
        svg.close("g");
    }

    static String describe(List<Box> boxes) {
        StringBuilder text = new StringBuilder("Distribution of " + boxes.size() + " metrics: minimum, bottom quartile, median, top quartile, maximum.");
        for (Box box : boxes) {
            String unit = box.unitOfMeasure() == null || box.unitOfMeasure().isBlank() ? "" : " " + box.unitOfMeasure();
            text.append(' ').append(box.metric()).append(" (").append(box.lowerIsBetter() ? "lower" : "higher").append(" is better): ")
                    .append(value(box.min())).append(", ").append(value(box.lowerQuartile())).append(", ").append(value(box.median()))
                    .append(", ").append(value(box.upperQuartile())).append(", ").append(value(box.max())).append(unit).append('.');
            if (!Double.isNaN(box.own())) {
                text.append(" Yours: ").append(value(box.own())).append(unit).append('.');
            }
        }
        return text.toString();
    }
}
