package org.convene.benchmarking;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Radar of one unit against the community median and the community best.
 *
 * <p>Axes are the dimensions, clockwise from the top; a level {@code v} of a scale of
 * {@code L} levels lies at {@code v / L} of the radius, with one ring per level labelled by
 * the level's label. A missing value ({@link Double#NaN}) leaves a gap in that series' outline
 * (never a zero), and a series with a gap is drawn without its fill. Series are drawn in the
 * order given and styled by position: the first (the unit) as a filled teal shape, the second
 * (median) dashed grey, the third (best) in amber dots-and-line; a legend repeats the styles so
 * colour is never the only cue.
 *
 * <p>Text alternative: the {@code <desc>} is the caller's summary (or a generated English one
 * when none is given), and {@link #rows} gives a table: one row per dimension, the dimension's
 * name then one value per series ("–" when missing), for a visually hidden or collapsible
 * {@code <table>} whose header the template writes (dimension, then the series names).
 */
public final class RadarChart {

    /** One outline: a name for the legend and one value per axis (NaN when missing). */
    public record Series(String name, double[] values) {
        public Series {
            Objects.requireNonNull(values, "values");
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }

    static final double WIDTH = 680;
    static final double CX = 340;
    static final double RADIUS = 170;
    static final double TOP = 64;
    static final double CY = TOP + RADIUS;

    private static final String[] STROKE = {SvgWriter.PRIMARY, SvgWriter.MUTED, SvgWriter.ACCENT};
    private static final String[] DASH = {null, "6 4", "1.5 3.5"};
    private static final double[] STROKE_WIDTH = {2.5, 2, 2.5};

    /** Fewer axes make no shape (a line or a point); a model has at most {@link ModelDraft#MAX_DIMENSIONS}. */
    static final int MIN_AXES = 3;
    static final int MAX_AXES = ModelDraft.MAX_DIMENSIONS;

    private RadarChart() {
    }

    /** Whether a radar can be drawn for this many dimensions (the table of values always can). */
    static boolean draws(int axes) {
        return axes >= MIN_AXES && axes <= MAX_AXES;
    }

    /** The usual picture: a unit, the community median and the community best. */
    public static String render(String title, String description, List<String> axes, List<String> levelLabels,
            Series unit, Series median, Series best) {
        return render(title, description, axes, levelLabels, List.of(unit, median, best));
    }

    /**
     * @param title       short title, read first by screen readers
     * @param description summary for {@code <desc>}; when blank a summary is generated (English)
     * @param axes        dimension names, {@value #MIN_AXES} to {@value #MAX_AXES}
     * @param levelLabels labels of levels 1..L (3 to 7)
     * @param series      1 to 3 series, each with one value per axis (NaN = missing)
     */
    public static String render(String title, String description, List<String> axes, List<String> levelLabels,
            List<Series> series) {
        int levels = SvgWriter.checkLevels(levelLabels);
        int n = axes.size();
        if (!draws(n)) {
            throw new IllegalArgumentException("a radar has " + MIN_AXES + " to " + MAX_AXES + " axes");
        }
        if (series.isEmpty() || series.size() > 3) {
            throw new IllegalArgumentException("a radar shows 1 to 3 series");
        }
        for (Series s : series) {
            if (s.values.length != n) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values.length + " values for " + n + " axes");
            }
        }
        double legendTop = CY + RADIUS + 70;
        double height = legendTop + 36;
        SvgWriter svg = SvgWriter.svg("radar", WIDTH, height, title,
                SvgWriter.orDefault(description, describe(axes, levelLabels, series)));

        // Rings, one per level, and their labels along the top axis.
        svg.open("g", "class", "radar__grid", "fill", "none", "stroke", SvgWriter.BORDER, "stroke-width", 1);
        for (int level = 1; level <= levels; level++) {
            svg.empty("circle", "cx", CX, "cy", CY, "r", radius(level, levels),
                    "stroke", level == levels ? SvgWriter.MUTED : SvgWriter.BORDER,
                    "stroke-opacity", level == levels ? "0.5" : null);
        }
        for (int i = 0; i < n; i++) {
            double[] end = point(i, n, levels, levels);
            svg.empty("line", "x1", CX, "y1", CY, "x2", end[0], "y2", end[1]);
        }
        svg.close("g");

        // Outlines: last series underneath, the unit on top.
        for (int s = series.size() - 1; s >= 0; s--) {
            drawSeries(svg, series.get(s), s, n, levels);
        }

        // Level labels on top of everything, with a halo.
        svg.open("g", "class", "radar__levels", "font-size", 12, "fill", SvgWriter.MUTED, "stroke", SvgWriter.SURFACE,
                "stroke-width", 3, "stroke-linejoin", "round", "paint-order", "stroke");
        for (int level = 1; level <= levels; level++) {
            svg.element("text", level + " " + SvgWriter.truncate(levelLabels.get(level - 1), 16),
                    "x", CX + 6, "y", CY - radius(level, levels) + 14);
        }
        svg.close("g");

        drawAxisLabels(svg, axes);
        drawLegend(svg, series, legendTop);
        return svg.finish();
    }

    /** Table rows for the text alternative: dimension name, then each series' value ("–" when missing). */
    public static List<List<String>> rows(List<String> axes, List<Series> series) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < axes.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(axes.get(i));
            for (Series s : series) {
                row.add(SvgWriter.level(s.values[i]));
            }
            rows.add(List.copyOf(row));
        }
        return List.copyOf(rows);
    }

    static double radius(double level, int levels) {
        return RADIUS * level / levels;
    }

    /** Where value {@code level} lies on axis {@code i} of {@code n}: clockwise from 12 o'clock. */
    static double[] point(int i, int n, double level, int levels) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        double r = radius(level, levels);
        return new double[] {CX + r * Math.cos(angle), CY + r * Math.sin(angle)};
    }

    private static void drawSeries(SvgWriter svg, Series series, int index, int n, int levels) {
        String stroke = STROKE[index];
        svg.open("g", "class", "radar__series radar__series--" + index, "stroke", stroke, "stroke-width", STROKE_WIDTH[index],
                "stroke-dasharray", DASH[index], "stroke-linejoin", "round", "stroke-linecap", "round");
        svg.tooltip(series.name());
        double[] values = series.values;
        boolean complete = true;
        for (double v : values) {
            complete &= !Double.isNaN(v);
        }
        if (complete) {
            svg.empty("polygon", "points", points(values, 0, n, n, levels),
                    "fill", index == 0 ? SvgWriter.PRIMARY : "none", "fill-opacity", index == 0 ? "0.16" : null);
        } else {
            // Runs of present values, joined around the circle; a missing value breaks the outline.
            int start = 0;
            while (start < n && !Double.isNaN(values[start])) {
                start++;
            }
            // start is the first missing axis; walk once around from just after it.
            int i = 0;
            while (i < n) {
                int from = (start + 1 + i) % n;
                if (Double.isNaN(values[from])) {
                    i++;
                    continue;
                }
                int length = 0;
                while (i + length < n && !Double.isNaN(values[(start + 1 + i + length) % n])) {
                    length++;
                }
                if (length >= 2) {
                    svg.empty("polyline", "points", points(values, from, length, n, levels), "fill", "none");
                }
                i += length;
            }
        }
        svg.close("g");
        // Dots at each value, so a lone value between two gaps still shows.
        svg.open("g", "class", "radar__dots radar__dots--" + index, "fill", index == 0 ? stroke : SvgWriter.SURFACE, "stroke", stroke,
                "stroke-width", index == 0 ? 0 : 1.5);
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(values[i])) {
                double[] p = point(i, n, clamp(values[i], levels), levels);
                svg.empty("circle", "cx", p[0], "cy", p[1], "r", index == 0 ? 4 : 3);
            }
        }
        svg.close("g");
    }

    private static String points(double[] values, int from, int count, int n, int levels) {
        StringBuilder points = new StringBuilder();
        for (int k = 0; k < count; k++) {
            int i = (from + k) % n;
            double[] p = point(i, n, clamp(values[i], levels), levels);
            if (k > 0) {
                points.append(' ');
            }
            points.append(SvgWriter.num(p[0])).append(',').append(SvgWriter.num(p[1]));
        }
        return points.toString();
    }

    private static double clamp(double value, int levels) {
        return Math.max(0, Math.min(levels, value));
    }

    private static void drawAxisLabels(SvgWriter svg, List<String> axes) {
        int n = axes.size();
        int fontSize = n <= 10 ? 14 : n <= 18 ? 13 : 12;
        int maxChars = n <= 8 ? 18 : n <= 14 ? 14 : n <= 20 ? 12 : 10;
        int maxLines = n <= 14 ? 2 : 1;
        double lineHeight = fontSize * 1.2;
        svg.open("g", "class", "radar__axes", "font-size", fontSize, "fill", SvgWriter.TEXT);
        for (int i = 0; i < n; i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            double r = RADIUS + 12;
            double x = CX + r * cos;
            double y = CY + r * sin;
            double threshold = n > 12 ? 0.1 : 0.25;
            String anchor = cos > threshold ? "start" : cos < -threshold ? "end" : "middle";
            String name = axes.get(i);
            List<String> lines = SvgWriter.wrap(name, maxChars, maxLines);
            // Top labels grow upwards, bottom labels downwards, side labels are centred on the axis.
            double firstBaseline = sin < -0.5 ? y - (lines.size() - 1) * lineHeight - 2
                    : sin > 0.5 ? y + fontSize
                    : y + fontSize * 0.35 - (lines.size() - 1) * lineHeight / 2;
            svg.open("text", "x", x, "y", firstBaseline, "text-anchor", anchor);
            svg.tooltip(name);
            for (int line = 0; line < lines.size(); line++) {
                svg.element("tspan", lines.get(line), "x", x, "dy", line == 0 ? null : SvgWriter.num(lineHeight));
            }
            svg.close("text");
        }
        svg.close("g");
    }

    private static void drawLegend(SvgWriter svg, List<Series> series, double top) {
        double slot = WIDTH / series.size();
        svg.open("g", "class", "radar__legend", "font-size", 14);
        for (int s = 0; s < series.size(); s++) {
            String name = SvgWriter.truncate(series.get(s).name(), 26);
            double width = 34 + name.length() * 7.6;
            double x = s * slot + (slot - width) / 2;
            double y = top + 12;
            svg.empty("line", "x1", x, "y1", y, "x2", x + 26, "y2", y, "stroke", STROKE[s], "stroke-width", STROKE_WIDTH[s],
                    "stroke-dasharray", DASH[s], "stroke-linecap", "round");
            svg.empty("circle", "cx", x + 13, "cy", y, "r", s == 0 ? 4 : 3, "fill", s == 0 ? STROKE[s] : SvgWriter.SURFACE,
                    "stroke", STROKE[s], "stroke-width", s == 0 ? 0 : 1.5);
            svg.element("text", name, "x", x + 34, "y", y + 5);
        }
        svg.close("g");
    }

    /** A plain English summary: where the first series is above or below the second. */
    static String describe(List<String> axes, List<String> levelLabels, List<Series> series) {
        StringBuilder text = new StringBuilder();
        text.append("Radar of ").append(axes.size()).append(" dimensions on a scale of ").append(levelLabels.size())
                .append(" levels, from 1 (").append(levelLabels.get(0)).append(") to ").append(levelLabels.size())
                .append(" (").append(levelLabels.get(levelLabels.size() - 1)).append("). Series: ");
        for (int s = 0; s < series.size(); s++) {
            text.append(s == 0 ? "" : ", ").append(series.get(s).name());
        }
        text.append('.');
        if (series.size() >= 2) {
            List<String> above = new ArrayList<>();
            List<String> below = new ArrayList<>();
            for (int i = 0; i < axes.size(); i++) {
                double own = series.get(0).values[i];
                double reference = series.get(1).values[i];
                if (!Double.isNaN(own) && !Double.isNaN(reference)) {
                    if (own > reference) {
                        above.add(axes.get(i));
                    } else if (own < reference) {
                        below.add(axes.get(i));
                    }
                }
            }
            String own = series.get(0).name();
            String reference = series.get(1).name();
            if (!above.isEmpty()) {
                text.append(' ').append(own).append(" is above ").append(reference).append(" in ").append(String.join(", ", above)).append('.');
            }
            if (!below.isEmpty()) {
                text.append(' ').append(own).append(" is below ").append(reference).append(" in ").append(String.join(", ", below)).append('.');
            }
        }
        return text.toString();
    }
}
