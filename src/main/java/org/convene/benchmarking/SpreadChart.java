package org.convene.benchmarking;

import java.util.ArrayList;
import java.util.List;

/**
 * Spread per dimension: one horizontal bar per dimension from the weakest unit's level to the
 * strongest's, with the median marked, on a common axis 1..L. Dimensions are drawn in the order
 * given (the caller passes them ranked by learning potential); a dimension with no assessments
 * (NaN) keeps its row, empty.
 *
 * <p>Text alternative: the {@code <desc>} is the caller's summary (or a generated English one),
 * and {@link #rows} gives a table: one row per dimension with min, median, max and spread
 * ("–" when missing); the template writes the header.
 */
public final class SpreadChart {

    /** One dimension's distribution of levels (NaN for all when nobody assessed it). */
    public record Range(String dimension, double min, double median, double max) {
    }

    static final double WIDTH = 640;
    static final double ROW_H = 44;
    static final double TOP = 58;
    static final double PLOT_LEFT = 210;
    static final double PLOT_RIGHT = WIDTH - 40;

    private SpreadChart() {
    }

    /**
     * @param title       short title
     * @param description summary for {@code <desc>}; when blank a summary is generated (English)
     * @param levelLabels labels of levels 1..L (3 to 7)
     * @param ranges      dimensions in the order to show them
     */
    public static String render(String title, String description, List<String> levelLabels, List<Range> ranges) {
        int levels = SvgWriter.checkLevels(levelLabels);
        double height = TOP + ranges.size() * ROW_H + 16;
        SvgWriter svg = SvgWriter.svg("spread", WIDTH, height, title,
                SvgWriter.orDefault(description, describe(levelLabels, ranges)));

        // Axis: a gridline and label per level.
        double bottom = TOP + ranges.size() * ROW_H;
        svg.open("g", "class", "spread__axis", "font-size", 12, "fill", SvgWriter.MUTED, "text-anchor", "middle");
        for (int level = 1; level <= levels; level++) {
            double x = x(level, levels);
            svg.empty("line", "x1", x, "y1", TOP - 8, "x2", x, "y2", bottom, "stroke", SvgWriter.GRID, "stroke-width", 1);
            svg.element("text", String.valueOf(level), "x", x, "y", TOP - 30, "font-weight", 600, "font-size", 13, "fill", SvgWriter.TEXT);
            svg.open("text", "x", x, "y", TOP - 14);
            svg.tooltip(levelLabels.get(level - 1));
            svg.text(SvgWriter.truncate(levelLabels.get(level - 1), levels <= 5 ? 14 : 9));
            svg.close("text");
        }
        svg.close("g");

        for (int i = 0; i < ranges.size(); i++) {
            Range range = ranges.get(i);
            double y = TOP + i * ROW_H + ROW_H / 2;
            svg.open("g", "class", "spread__row");
            svg.tooltip(range.dimension() + ": " + SvgWriter.level(range.min()) + "–" + SvgWriter.level(range.max())
                    + ", median " + SvgWriter.level(range.median()));
            List<String> lines = SvgWriter.wrap(range.dimension(), 24, 2);
            double first = y + 5 - (lines.size() - 1) * 8;
            svg.open("text", "x", PLOT_LEFT - 14, "y", first, "text-anchor", "end", "font-size", 14);
            for (int line = 0; line < lines.size(); line++) {
                svg.element("tspan", lines.get(line), "x", PLOT_LEFT - 14, "dy", line == 0 ? null : "16");
            }
            svg.close("text");
            if (!Double.isNaN(range.min()) && !Double.isNaN(range.max())) {
                double x1 = x(range.min(), levels);
                double x2 = x(range.max(), levels);
                svg.empty("rect", "class", "spread__bar", "x", x1 - 7, "y", y - 7, "width", x2 - x1 + 14, "height", 14, "rx", 7,
                        "fill", SvgWriter.PRIMARY_SOFT, "stroke", SvgWriter.PRIMARY, "stroke-width", 1.5);
                svg.empty("circle", "class", "spread__min", "cx", x1, "cy", y, "r", 3.5, "fill", SvgWriter.PRIMARY);
                svg.empty("circle", "class", "spread__max", "cx", x2, "cy", y, "r", 3.5, "fill", SvgWriter.PRIMARY);
                if (!Double.isNaN(range.median())) {
                    double xm = x(range.median(), levels);
                    svg.empty("rect", "class", "spread__median", "x", xm - 2.5, "y", y - 12, "width", 5, "height", 24, "rx", 2,
                            "fill", SvgWriter.PRIMARY_STRONG, "stroke", SvgWriter.SURFACE, "stroke-width", 1);
                }
            } else {
                svg.element("text", "–", "x", x(1, levels), "y", y + 5, "text-anchor", "middle", "fill", SvgWriter.MUTED);
            }
            svg.close("g");
        }
        return svg.finish();
    }

    /** Table rows for the text alternative: dimension, min, median, max, spread ("–" when missing). */
    public static List<List<String>> rows(List<Range> ranges) {
        List<List<String>> rows = new ArrayList<>();
        for (Range range : ranges) {
            rows.add(List.of(range.dimension(), SvgWriter.level(range.min()), SvgWriter.level(range.median()),
                    SvgWriter.level(range.max()), SvgWriter.level(range.max() - range.min())));
        }
        return List.copyOf(rows);
    }

    static double x(double level, int levels) {
        return PLOT_LEFT + 12 + (level - 1) * (PLOT_RIGHT - PLOT_LEFT - 24) / (levels - 1);
    }

    static String describe(List<String> levelLabels, List<Range> ranges) {
        StringBuilder text = new StringBuilder("Spread of levels (1 to " + levelLabels.size() + ") in " + ranges.size()
                + " dimensions, from weakest to strongest unit, with the median.");
        for (Range range : ranges) {
            if (!Double.isNaN(range.min())) {
                text.append(' ').append(range.dimension()).append(": ").append(SvgWriter.level(range.min())).append(" to ")
                        .append(SvgWriter.level(range.max())).append(", median ").append(SvgWriter.level(range.median())).append('.');
            }
        }
        return text.toString();
    }
}
