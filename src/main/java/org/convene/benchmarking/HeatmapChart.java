package org.convene.benchmarking;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Heatmap of units (rows, in the caller's order: never sorted by a total) × dimensions
 * (columns). Each cell shows the level number on a shade of a single-hue teal scale, lightest for
 * level 1; the number's colour (dark text or white) is chosen per shade so its WCAG contrast is at
 * least 4.5:1 on every shade. A missing level ({@link #MISSING}, i.e. 0) is a hatched cell
 * showing "–". One row, the viewer's own unit, can be outlined.
 *
 * <p>Text alternative: the {@code <desc>} is the caller's summary (or a generated English one),
 * and {@link #rows} gives a table: one row per unit, the unit's label then one level per
 * dimension ("–" when missing), for a visually hidden or collapsible {@code <table>} whose header
 * the template writes (unit, then the dimension names).
 */
public final class HeatmapChart {

    /** The level of a cell with no assessment. */
    public static final int MISSING = 0;

    /** One unit: its label as the caller wants it shown ("Lyon" or "Unit C") and one level per dimension. */
    public record Row(String label, int[] levels) {
        public Row {
            Objects.requireNonNull(levels, "levels");
            levels = levels.clone();
        }

        @Override
        public int[] levels() {
            return levels.clone();
        }
    }

    /** The teal ramp, light to dark; a scale of L levels takes L evenly spaced shades. */
    static final String[] RAMP = {"#e6f2ef", "#bfdfd8", "#8cc4b9", "#5a9f95", "#2f7a72", "#1f5f5b", "#113b38"};

    static final double CELL_W = 58;
    static final double CELL_H = 40;
    static final double GAP = 3;
    static final int COLUMN_CHARS = 22;
    /** Row labels longer than this are cut with "…"; the full label is the row's {@code <title>}. */
    static final int LABEL_CHARS = 20;
    /** Advance of a 14 px bold character in a wide sans font: generous, so that no label is clipped. */
    static final double LABEL_CHAR_W = 9.6;
    /** Left margin plus the gap between a label and its row. */
    static final double LABEL_PAD = 28;

    private HeatmapChart() {
    }

    /**
     * @param title        short title
     * @param description  summary for {@code <desc>}; when blank a summary is generated (English)
     * @param dimensions   column names
     * @param levelLabels  labels of levels 1..L (3 to 7), for the legend
     * @param rows         units in the order to show them
     * @param highlightRow index in {@code rows} of the viewer's own unit, or -1 for none
     */
    public static String render(String title, String description, List<String> dimensions, List<String> levelLabels,
            List<Row> rows, int highlightRow) {
        int levels = SvgWriter.checkLevels(levelLabels);
        int columns = dimensions.size();
        for (Row row : rows) {
            if (row.levels.length != columns) {
                throw new IllegalArgumentException("row " + row.label() + " has " + row.levels.length + " levels for " + columns + " dimensions");
            }
        }
        int longest = 4;
        for (Row row : rows) {
            longest = Math.max(longest, SvgWriter.truncate(row.label(), LABEL_CHARS).length());
        }
        // Room for the longest label in bold (the own row) in a wide sans font such as DejaVu Sans.
        double labelW = LABEL_PAD + longest * LABEL_CHAR_W;
        double gridW = columns * (CELL_W + GAP);
        int longestColumn = 1;
        for (String dimension : dimensions) {
            longestColumn = Math.max(longestColumn, SvgWriter.truncate(dimension, COLUMN_CHARS).length());
        }
        double headerRun = longestColumn * 7.0;
        double width = Math.max(labelW + gridW + Math.max(24, headerRun * Math.cos(Math.toRadians(40)) - CELL_W / 2 + 16), 420);
        double gridTop = 22 + headerRun * Math.sin(Math.toRadians(40));
        double gridH = rows.size() * (CELL_H + GAP);
        double legendTop = gridTop + gridH + 22;
        int legendPerLine = width >= 160 * levels ? levels : Math.max(1, (int) (width / 160));
        int legendLines = (levels + legendPerLine - 1) / legendPerLine;
        double height = legendTop + legendLines * 28 + 16;

        SvgWriter svg = SvgWriter.svg("heatmap", width, height, title,
                SvgWriter.orDefault(description, describe(dimensions, levelLabels, rows)));
        svg.open("defs");
        svg.open("pattern", "id", SvgWriter.localId("hatch"), "width", 6, "height", 6, "patternUnits", "userSpaceOnUse",
                "patternTransform", "rotate(45)");
        svg.empty("rect", "width", 6, "height", 6, "fill", SvgWriter.SURFACE);
        svg.empty("line", "x1", 0, "y1", 0, "x2", 0, "y2", 6, "stroke", SvgWriter.BORDER, "stroke-width", 2);
        svg.close("pattern");
        svg.close("defs");

        // Column headers, slanted so long names fit above narrow columns.
        svg.open("g", "class", "heatmap__columns", "font-size", 13, "fill", SvgWriter.TEXT);
        for (int c = 0; c < columns; c++) {
            double x = labelW + c * (CELL_W + GAP) + CELL_W / 2;
            double y = gridTop - 8;
            String name = dimensions.get(c);
            svg.open("text", "x", x, "y", y, "transform", "rotate(-40 " + SvgWriter.num(x) + " " + SvgWriter.num(y) + ")");
            svg.tooltip(name);
            svg.text(SvgWriter.truncate(name, COLUMN_CHARS));
            svg.close("text");
        }
        svg.close("g");

        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            double y = gridTop + r * (CELL_H + GAP);
            boolean own = r == highlightRow;
            svg.open("g", "class", own ? "heatmap__row heatmap__row--own" : "heatmap__row");
            svg.open("text", "x", labelW - 12, "y", y + CELL_H / 2 + 5, "text-anchor", "end", "font-size", 14,
                    "font-weight", own ? 700 : null);
            svg.tooltip(row.label());
            svg.text(SvgWriter.truncate(row.label(), LABEL_CHARS));
            svg.close("text");
            for (int c = 0; c < columns; c++) {
                double x = labelW + c * (CELL_W + GAP);
                int level = row.levels[c];
                boolean missing = level < 1 || level > levels;
                svg.open("g", "class", missing ? "heatmap__cell heatmap__cell--missing" : "heatmap__cell");
                svg.tooltip(row.label() + " · " + dimensions.get(c) + ": "
                        + (missing ? "–" : level + " " + levelLabels.get(level - 1)));
                if (missing) {
                    svg.empty("rect", "x", x, "y", y, "width", CELL_W, "height", CELL_H, "rx", 4,
                            "fill", SvgWriter.localUrl("hatch"), "stroke", SvgWriter.BORDER);
                    svg.element("text", "–", "x", x + CELL_W / 2, "y", y + CELL_H / 2 + 6, "text-anchor", "middle",
                            "font-size", 17, "fill", SvgWriter.MUTED, "stroke", SvgWriter.SURFACE, "stroke-width", 4,
                            "paint-order", "stroke");
                } else {
                    String shade = shade(level, levels);
                    svg.empty("rect", "x", x, "y", y, "width", CELL_W, "height", CELL_H, "rx", 4, "fill", shade);
                    svg.element("text", String.valueOf(level), "x", x + CELL_W / 2, "y", y + CELL_H / 2 + 6,
                            "text-anchor", "middle", "font-size", 17, "font-weight", 600, "fill", SvgWriter.textOn(shade));
                }
                svg.close("g");
            }
            svg.close("g");
        }
        if (highlightRow >= 0 && highlightRow < rows.size()) {
            double y = gridTop + highlightRow * (CELL_H + GAP);
            svg.empty("rect", "class", "heatmap__own", "x", 4, "y", y - 3, "width", labelW + gridW - GAP - 4 + 3,
                    "height", CELL_H + 6, "rx", 7, "fill", "none", "stroke", SvgWriter.ACCENT, "stroke-width", 2.5);
        }

        // Legend: one swatch per level with its number and label.
        svg.open("g", "class", "heatmap__legend", "font-size", 13);
        double slot = (width - 24) / legendPerLine;
        for (int level = 1; level <= levels; level++) {
            int line = (level - 1) / legendPerLine;
            int position = (level - 1) % legendPerLine;
            double x = 12 + position * slot;
            double y = legendTop + line * 28;
            String shade = shade(level, levels);
            svg.empty("rect", "x", x, "y", y, "width", 26, "height", 20, "rx", 3, "fill", shade,
                    "stroke", level == 1 ? SvgWriter.BORDER : null);
            svg.element("text", String.valueOf(level), "x", x + 13, "y", y + 15, "text-anchor", "middle", "font-weight", 600,
                    "fill", SvgWriter.textOn(shade));
            svg.element("text", SvgWriter.truncate(levelLabels.get(level - 1), (int) ((slot - 40) / 7.2)), "x", x + 33, "y", y + 15);
        }
        svg.close("g");
        return svg.finish();
    }

    /** Table rows for the text alternative: unit label, then each dimension's level ("–" when missing). */
    public static List<List<String>> rows(List<Row> rows) {
        List<List<String>> table = new ArrayList<>();
        for (Row row : rows) {
            List<String> cells = new ArrayList<>();
            cells.add(row.label());
            for (int level : row.levels) {
                cells.add(level < 1 ? "–" : String.valueOf(level));
            }
            table.add(List.copyOf(cells));
        }
        return List.copyOf(table);
    }

    /** The shade of level {@code level} (1..levels): evenly spaced along the ramp, light to dark. */
    static String shade(int level, int levels) {
        int index = (int) Math.round((level - 1) * (RAMP.length - 1) / (double) (levels - 1));
        return RAMP[index];
    }

    static String describe(List<String> dimensions, List<String> levelLabels, List<Row> rows) {
        int missing = 0;
        for (Row row : rows) {
            for (int level : row.levels) {
                missing += level < 1 ? 1 : 0;
            }
        }
        return "Levels of " + rows.size() + " units in " + dimensions.size() + " dimensions, from 1 ("
                + levelLabels.get(0) + ", lightest) to " + levelLabels.size() + " ("
                + levelLabels.get(levelLabels.size() - 1) + ", darkest)."
                + (missing == 0 ? "" : " " + missing + " missing.");
    }
}
