package org.convene.benchmarking;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Trend lines: the mean level (y, 1..L) of each dimension across rounds (x, in the order
 * given, the baseline first). Up to {@link #MAX_LINES} dimensions share one plot, each in an
 * Okabe–Ito colour with its own marker shape (so colour is never the only cue) and a legend;
 * with more, the chart becomes small multiples, one panel per dimension. An optional band
 * shades, for one dimension, the range between the weakest and the best unit in each round.
 * A missing mean (NaN) breaks the line.
 *
 * <p>Text alternative: the {@code <desc>} is the caller's summary (or a generated English one),
 * and {@link #rows} gives a table: one row per dimension, its name then its mean in each round
 * ("–" when missing); the template writes the header (dimension, then the round labels).
 */
public final class TrendChart {

    /** One dimension's mean level per round (NaN when missing). */
    public record Line(String name, double[] means) {
        public Line {
            Objects.requireNonNull(means, "means");
            means = means.clone();
        }

        @Override
        public double[] means() {
            return means.clone();
        }
    }

    /**
     * The weakest and best level per round of the line at {@code lineIndex}; {@code label}
     * names the band in the legend (e.g. "Weakest to best").
     */
    public record Band(String label, int lineIndex, double[] weakest, double[] best) {
        public Band {
            Objects.requireNonNull(weakest, "weakest");
            Objects.requireNonNull(best, "best");
            weakest = weakest.clone();
            best = best.clone();
        }

        @Override
        public double[] weakest() {
            return weakest.clone();
        }

        @Override
        public double[] best() {
            return best.clone();
        }
    }

    /** Most lines drawn in one plot; beyond that, small multiples. */
    public static final int MAX_LINES = 8;

    /** Okabe–Ito, ordered so the first colours are the most distinct on white; black is the text colour. */
    static final String[] PALETTE = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", SvgWriter.TEXT, "#B8A800"};
    static final String[] MARKERS = {"circle", "square", "diamond", "triangle", "circle-open", "square-open", "diamond-open", "triangle-open"};

    static final double WIDTH = 640;
    static final double PANEL_W = 200;
    static final double PANEL_H = 150;

    private TrendChart() {
    }

    /**
     * @param title       short title
     * @param description summary for {@code <desc>}; when blank a summary is generated (English)
     * @param rounds      round labels, oldest first
     * @param levelLabels labels of levels 1..L (3 to 7)
     * @param lines       one line per dimension, one mean per round
     * @param band        optional band for one dimension, or null
     */
    public static String render(String title, String description, List<String> rounds, List<String> levelLabels,
            List<Line> lines, Band band) {
        int levels = SvgWriter.checkLevels(levelLabels);
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("a trend needs at least one round");
        }
        for (Line line : lines) {
            if (line.means.length != rounds.size()) {
                throw new IllegalArgumentException("line " + line.name() + " has " + line.means.length + " means for " + rounds.size() + " rounds");
            }
        }
        if (band != null && (band.lineIndex() < 0 || band.lineIndex() >= lines.size()
                || band.weakest.length != rounds.size() || band.best.length != rounds.size())) {
            throw new IllegalArgumentException("the band must match a line and the rounds");
        }
        String desc = SvgWriter.orDefault(description, describe(rounds, levelLabels, lines));
        return lines.size() <= MAX_LINES
                ? single(title, desc, rounds, levelLabels, levels, lines, band)
                : multiples(title, desc, rounds, levels, lines, band);
    }

    /** Table rows for the text alternative: dimension, then its mean in each round ("–" when missing). */
    public static List<List<String>> rows(List<Line> lines) {
        List<List<String>> rows = new ArrayList<>();
        for (Line line : lines) {
            List<String> row = new ArrayList<>();
            row.add(line.name());
            for (double mean : line.means) {
                row.add(SvgWriter.level(mean));
            }
            rows.add(List.copyOf(row));
        }
        return List.copyOf(rows);
    }

    /** The plotting area of one plot. */
    record Frame(double left, double top, double width, double height, int rounds, int levels) {
        double x(int round) {
            return rounds == 1 ? left + width / 2 : left + round * width / (rounds - 1);
        }

        double y(double level) {
            return top + height - (level - 1) * height / (levels - 1);
        }
    }

    private static String single(String title, String desc, List<String> rounds, List<String> levelLabels, int levels,
            List<Line> lines, Band band) {
        int legendColumns = 2;
        int legendRows = (lines.size() + (band == null ? 0 : 1) + legendColumns - 1) / legendColumns;
        Frame frame = new Frame(150, 28, WIDTH - 150 - 44, 260, rounds.size(), levels);
        double axisBottom = frame.top() + frame.height();
        double legendTop = axisBottom + 56;
        double height = legendTop + legendRows * 26 + 10;
        SvgWriter svg = SvgWriter.svg("trend", WIDTH, height, title, desc);

        svg.open("g", "class", "trend__axis", "font-size", 13, "fill", SvgWriter.MUTED);
        for (int level = 1; level <= levels; level++) {
            double y = frame.y(level);
            svg.empty("line", "x1", frame.left() - 6, "y1", y, "x2", frame.left() + frame.width() + 10, "y2", y,
                    "stroke", level == 1 ? SvgWriter.BORDER : SvgWriter.GRID, "stroke-width", 1);
            svg.open("text", "x", frame.left() - 14, "y", y + 4.5, "text-anchor", "end");
            svg.tooltip(levelLabels.get(level - 1));
            svg.text(level + " " + SvgWriter.truncate(levelLabels.get(level - 1), 13));
            svg.close("text");
        }
        for (int r = 0; r < rounds.size(); r++) {
            double x = frame.x(r);
            String anchor = rounds.size() > 1 && r == 0 ? "start" : rounds.size() > 1 && r == rounds.size() - 1 ? "end" : "middle";
            svg.open("text", "x", x, "y", axisBottom + 24, "text-anchor", anchor, "fill", SvgWriter.TEXT);
            svg.tooltip(rounds.get(r));
            svg.text(SvgWriter.truncate(rounds.get(r), rounds.size() <= 4 ? 18 : 10));
            svg.close("text");
        }
        svg.close("g");

        if (band != null) {
            drawBand(svg, frame, band, SvgWriter.MUTED);
        }
        for (int i = 0; i < lines.size(); i++) {
            drawLine(svg, frame, lines.get(i), i, 2.5, 4.5);
        }

        svg.open("g", "class", "trend__legend", "font-size", 14);
        double slot = (WIDTH - 40) / legendColumns;
        int slotIndex = 0;
        for (int i = 0; i < lines.size(); i++, slotIndex++) {
            double x = 20 + (slotIndex % legendColumns) * slot;
            double y = legendTop + (slotIndex / legendColumns) * 26;
            svg.open("g", "stroke", PALETTE[i], "fill", PALETTE[i]);
            svg.tooltip(lines.get(i).name());
            svg.empty("line", "x1", x, "y1", y, "x2", x + 28, "y2", y, "stroke", PALETTE[i], "stroke-width", 2.5);
            marker(svg, i, x + 14, y, 4.5);
            svg.element("text", SvgWriter.truncate(lines.get(i).name(), 34), "x", x + 38, "y", y + 5, "fill", SvgWriter.TEXT, "stroke", "none");
            svg.close("g");
        }
        if (band != null) {
            double x = 20 + (slotIndex % legendColumns) * slot;
            double y = legendTop + (slotIndex / legendColumns) * 26;
            svg.empty("rect", "x", x, "y", y - 8, "width", 28, "height", 16, "rx", 3, "fill", SvgWriter.MUTED,
                    "fill-opacity", "0.1", "stroke", SvgWriter.MUTED, "stroke-opacity", "0.45", "stroke-dasharray", "4 3");
            svg.element("text", SvgWriter.truncate(band.label() + " · " + lines.get(band.lineIndex()).name(), 34), "x", x + 38, "y", y + 5);
        }
        svg.close("g");
        return svg.finish();
    }

    private static String multiples(String title, String desc, List<String> rounds, int levels, List<Line> lines, Band band) {
        int columns = 3;
        int panelRows = (lines.size() + columns - 1) / columns;
        double gapX = (WIDTH - columns * PANEL_W) / (columns + 1);
        double panelTotalH = PANEL_H + 24;
        double height = 12 + panelRows * panelTotalH + 30;
        SvgWriter svg = SvgWriter.svg("trend", WIDTH, height, title, desc);
        for (int i = 0; i < lines.size(); i++) {
            double left = gapX + (i % columns) * (PANEL_W + gapX);
            double top = 12 + (i / columns) * panelTotalH;
            Frame frame = new Frame(left + 22, top + 30, PANEL_W - 34, PANEL_H - 62, rounds.size(), levels);
            svg.open("g", "class", "trend__panel");
            svg.tooltip(lines.get(i).name());
            svg.element("text", SvgWriter.truncate(lines.get(i).name(), 26), "x", left, "y", top + 14, "font-size", 14, "font-weight", 600);
            svg.open("g", "font-size", 11, "fill", SvgWriter.MUTED);
            for (int level = 1; level <= levels; level++) {
                double y = frame.y(level);
                svg.empty("line", "x1", frame.left() - 4, "y1", y, "x2", frame.left() + frame.width() + 4, "y2", y,
                        "stroke", level == 1 ? SvgWriter.BORDER : SvgWriter.GRID, "stroke-width", 1);
                if (level == 1 || level == levels) {
                    svg.element("text", String.valueOf(level), "x", frame.left() - 10, "y", y + 4, "text-anchor", "end");
                }
            }
            if (rounds.size() > 1) {
                svg.element("text", SvgWriter.truncate(rounds.get(0), 12), "x", frame.x(0), "y", frame.top() + frame.height() + 20);
            }
            svg.element("text", SvgWriter.truncate(rounds.get(rounds.size() - 1), 12), "x", frame.x(rounds.size() - 1),
                    "y", frame.top() + frame.height() + 20, "text-anchor", rounds.size() > 1 ? "end" : "middle");
            svg.close("g");
            if (band != null && band.lineIndex() == i) {
                drawBand(svg, frame, band, SvgWriter.PRIMARY);
            }
            Line line = lines.get(i);
            drawLine(svg, frame, line, -1, 2, 3);
            svg.close("g");
        }
        return svg.finish();
    }

    private static void drawBand(SvgWriter svg, Frame frame, Band band, String colour) {
        // One polygon per run of rounds where both bounds are known.
        int r = 0;
        int n = frame.rounds();
        while (r < n) {
            if (Double.isNaN(band.weakest[r]) || Double.isNaN(band.best[r])) {
                r++;
                continue;
            }
            int end = r;
            while (end + 1 < n && !Double.isNaN(band.weakest[end + 1]) && !Double.isNaN(band.best[end + 1])) {
                end++;
            }
            StringBuilder points = new StringBuilder();
            double halfWidth = end == r ? 6 : 0;
            for (int k = r; k <= end; k++) {
                append(points, frame.x(k) - (k == r ? halfWidth : 0), frame.y(band.best[k]));
                if (halfWidth > 0) {
                    append(points, frame.x(k) + halfWidth, frame.y(band.best[k]));
                }
            }
            for (int k = end; k >= r; k--) {
                if (halfWidth > 0) {
                    append(points, frame.x(k) + halfWidth, frame.y(band.weakest[k]));
                }
                append(points, frame.x(k) - (k == r ? halfWidth : 0), frame.y(band.weakest[k]));
            }
            svg.open("polygon", "class", "trend__band", "points", points.toString(), "fill", colour, "fill-opacity", "0.1",
                    "stroke", colour, "stroke-opacity", "0.6", "stroke-width", 1, "stroke-dasharray", "4 3");
            svg.tooltip(band.label());
            svg.close("polygon");
            r = end + 1;
        }
    }

    private static void append(StringBuilder points, double x, double y) {
        if (!points.isEmpty()) {
            points.append(' ');
        }
        points.append(SvgWriter.num(x)).append(',').append(SvgWriter.num(y));
    }

    /** Draws the runs of known means as polylines, and a marker at each. index -1: small-multiple style. */
    private static void drawLine(SvgWriter svg, Frame frame, Line line, int index, double strokeWidth, double markerSize) {
        String colour = index < 0 ? SvgWriter.PRIMARY : PALETTE[index];
        svg.open("g", "class", "trend__line", "stroke", colour, "fill", colour);
        svg.tooltip(line.name());
        int n = frame.rounds();
        int r = 0;
        while (r < n) {
            if (Double.isNaN(line.means[r])) {
                r++;
                continue;
            }
            int end = r;
            while (end + 1 < n && !Double.isNaN(line.means[end + 1])) {
                end++;
            }
            if (end > r) {
                StringBuilder points = new StringBuilder();
                for (int k = r; k <= end; k++) {
                    append(points, frame.x(k), frame.y(line.means[k]));
                }
                svg.empty("polyline", "points", points.toString(), "fill", "none", "stroke-width", strokeWidth,
                        "stroke-linejoin", "round", "stroke-linecap", "round");
            }
            r = end + 1;
        }
        for (int k = 0; k < n; k++) {
            if (!Double.isNaN(line.means[k])) {
                marker(svg, Math.max(0, index), frame.x(k), frame.y(line.means[k]), markerSize);
            }
        }
        svg.close("g");
    }

    /** A marker shape per line; the second half of the palette uses open (white-filled) shapes. */
    private static void marker(SvgWriter svg, int index, double x, double y, double size) {
        String shape = MARKERS[index % MARKERS.length];
        boolean open = shape.endsWith("-open");
        Object fill = open ? SvgWriter.SURFACE : null;
        Object stroke = open ? null : SvgWriter.SURFACE;
        double strokeWidth = open ? 2 : 1;
        switch (shape.replace("-open", "")) {
            case "square" -> svg.empty("rect", "class", "trend__marker", "x", x - size * 0.85, "y", y - size * 0.85,
                    "width", size * 1.7, "height", size * 1.7, "fill", fill, "stroke", stroke, "stroke-width", strokeWidth);
            case "diamond" -> svg.empty("polygon", "class", "trend__marker", "points",
                    SvgWriter.num(x) + "," + SvgWriter.num(y - size * 1.2) + " " + SvgWriter.num(x + size * 1.2) + "," + SvgWriter.num(y)
                            + " " + SvgWriter.num(x) + "," + SvgWriter.num(y + size * 1.2) + " " + SvgWriter.num(x - size * 1.2) + "," + SvgWriter.num(y),
                    "fill", fill, "stroke", stroke, "stroke-width", strokeWidth);
            case "triangle" -> svg.empty("polygon", "class", "trend__marker", "points",
                    SvgWriter.num(x) + "," + SvgWriter.num(y - size * 1.2) + " " + SvgWriter.num(x + size * 1.1) + "," + SvgWriter.num(y + size * 0.8)
                            + " " + SvgWriter.num(x - size * 1.1) + "," + SvgWriter.num(y + size * 0.8),
                    "fill", fill, "stroke", stroke, "stroke-width", strokeWidth);
            default -> svg.empty("circle", "class", "trend__marker", "cx", x, "cy", y, "r", size,
                    "fill", fill, "stroke", stroke, "stroke-width", strokeWidth);
        }
    }

    static String describe(List<String> rounds, List<String> levelLabels, List<Line> lines) {
        StringBuilder text = new StringBuilder("Mean level (1 to " + levelLabels.size() + ") of " + lines.size()
                + " dimensions across " + rounds.size() + " rounds, from " + rounds.get(0) + " to " + rounds.get(rounds.size() - 1) + ".");
        for (Line line : lines) {
            double first = Double.NaN;
            double last = Double.NaN;
            for (double mean : line.means) {
                if (!Double.isNaN(mean)) {
                    last = mean;
                    if (Double.isNaN(first)) {
                        first = mean;
                    }
                }
            }
            if (!Double.isNaN(first)) {
                text.append(' ').append(line.name()).append(": ").append(SvgWriter.level(first)).append(" to ")
                        .append(SvgWriter.level(last)).append('.');
            }
        }
        return text.toString();
    }
}
