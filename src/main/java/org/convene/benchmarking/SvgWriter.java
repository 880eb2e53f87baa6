package org.convene.benchmarking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A tiny builder for SVG markup used by the benchmarking charts. Every attribute value and
 * every piece of text goes through {@link #escape(String)}, so names typed by users can never
 * break out of the markup. Numbers are written with {@link #num(double)} (at most two decimals,
 * {@link Locale#ROOT}) so the output is the same on every machine.
 *
 * <p>The chart's element ids are derived from a hash of the finished markup (see
 * {@link #finish()}), so the same input always gives the same string and two different charts
 * on one page do not share ids.
 */
final class SvgWriter {

    static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

    // The design tokens of convene.css.
    static final String TEXT = "#1d2422";
    static final String MUTED = "#4f5a57";
    static final String BORDER = "#d6d1c4";
    static final String PRIMARY = "#1f5f5b";
    static final String PRIMARY_STRONG = "#164744";
    static final String PRIMARY_SOFT = "#e1efec";
    static final String ACCENT = "#a55d07";
    static final String SURFACE = "#ffffff";
    static final String SURFACE_QUIET = "#efece4";
    static final String GRID = "#e6e2d8";

    /** A placeholder no escaped text can contain (escaping always turns {@code <} into {@code &lt;}). */
    private static final String ID = "<ID>";

    private final StringBuilder out = new StringBuilder(4096);
    private final String kind;

    private SvgWriter(String kind) {
        this.kind = kind;
    }

    /** Starts an {@code <svg role="img">} that scales to its container, with its title and desc. */
    static SvgWriter svg(String kind, double width, double height, String title, String description) {
        SvgWriter svg = new SvgWriter(kind);
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + num(width) + " " + num(height),
                "width", "100%", "role", "img", "aria-labelledby", new Local(ID + "-title " + ID + "-desc"),
                "font-family", FONT, "font-size", 14, "fill", TEXT, "class", "chart chart--" + kind);
        svg.element("title", nonNull(title), "id", localId("title"));
        svg.element("desc", nonNull(description), "id", localId("desc"));
        return svg;
    }

    /** Markup written as is, for ids made by this class only. */
    private record Local(String markup) {
    }

    /** An id local to this chart (for patterns, clip paths); suffix is a constant such as "hatch". */
    static Object localId(String suffix) {
        return new Local(ID + "-" + suffix);
    }

    /** {@code url(#id)} of a {@link #localId(String)}. */
    static Object localUrl(String suffix) {
        return new Local("url(#" + ID + "-" + suffix + ")");
    }

    SvgWriter open(String tag, Object... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    SvgWriter empty(String tag, Object... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    SvgWriter close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    SvgWriter text(String text) {
        out.append(escape(text));
        return this;
    }

    /** {@code <tag attributes>text</tag>} */
    SvgWriter element(String tag, String text, Object... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** A tooltip: the first child of a group or shape. */
    SvgWriter tooltip(String text) {
        return element("title", text);
    }

    private void attributes(Object[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            String text = value instanceof Local local ? local.markup()
                    : value instanceof Double || value instanceof Float ? num(((Number) value).doubleValue())
                    : escape(String.valueOf(value));
            out.append(' ').append(attributes[i]).append("=\"").append(text).append('"');
        }
    }

    /** Closes the svg and replaces the id placeholder by an id derived from the content. */
    String finish() {
        close("svg");
        String markup = out.toString();
        String id = "chart-" + kind + "-" + Integer.toHexString(markup.hashCode());
        return markup.replace(ID, id);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    // Characters XML 1.0 does not allow are dropped rather than breaking the document.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            escaped.append(c);
                        }
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** At most two decimals, no trailing zeros, never "-0". */
    static String num(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "0";
        }
        double rounded = Math.round(value * 100.0) / 100.0;
        if (rounded == 0) {
            return "0";
        }
        return BigDecimal.valueOf(rounded).stripTrailingZeros().toPlainString();
    }

    /** A level or mean as shown to people: one decimal at most; "–" when missing. */
    static String level(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        double rounded = Math.round(value * 10.0) / 10.0;
        return BigDecimal.valueOf(rounded).stripTrailingZeros().toPlainString();
    }

    static String nonNull(String text) {
        return text == null ? "" : text;
    }

    /**
     * Word-wraps a label into at most {@code maxLines} lines of about {@code maxChars}
     * characters; what does not fit ends with an ellipsis.
     */
    static List<String> wrap(String text, int maxChars, int maxLines) {
        String rest = nonNull(text).strip().replaceAll("\\s+", " ");
        List<String> lines = new ArrayList<>();
        while (!rest.isEmpty() && lines.size() < maxLines) {
            boolean last = lines.size() == maxLines - 1;
            if (rest.length() <= maxChars) {
                lines.add(rest);
                rest = "";
                break;
            }
            if (last) {
                lines.add(rest.substring(0, Math.max(1, maxChars - 1)).stripTrailing() + "…");
                rest = "";
                break;
            }
            int cut = rest.lastIndexOf(' ', maxChars);
            if (cut <= 0) {
                cut = maxChars;
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut).strip();
            } else {
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut + 1).strip();
            }
        }
        return lines;
    }

    /** A one-line label shortened with an ellipsis. */
    static String truncate(String text, int maxChars) {
        String label = nonNull(text).strip();
        return label.length() <= maxChars ? label : label.substring(0, Math.max(1, maxChars - 1)).stripTrailing() + "…";
    }

    /** Whether the label was shortened by {@link #wrap} or {@link #truncate}. */
    static boolean shortened(List<String> lines, String text) {
        return !String.join(" ", lines).equals(nonNull(text).strip().replaceAll("\\s+", " "));
    }

    /** Levels 1..L must be between 3 and 7. */
    static int checkLevels(List<String> levelLabels) {
        if (levelLabels == null || levelLabels.size() < 3 || levelLabels.size() > 7) {
            throw new IllegalArgumentException("a scale has 3 to 7 levels");
        }
        return levelLabels.size();
    }

    static String orDefault(String description, String generated) {
        return description == null || description.isBlank() ? generated : description;
    }

    // --- colour --------------------------------------------------------------------------------------------

    /** WCAG relative luminance of {@code #rrggbb}. */
    static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16 & 0xff) + 0.7152 * channel(rgb >> 8 & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** WCAG contrast ratio of two {@code #rrggbb} colours (1 to 21). */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** Whichever of the text colour and white reads better on the background. */
    static String textOn(String background) {
        return contrast(TEXT, background) >= contrast(SURFACE, background) ? TEXT : SURFACE;
    }

    /** Nice, round tick values covering [min, max]. */
    static double[] ticks(double min, double max, int target) {
        if (max <= min) {
            double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
            min -= pad;
            max += pad;
        }
        double raw = (max - min) / Math.max(1, target);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double residual = raw / magnitude;
        double step = (residual > 5 ? 10 : residual > 2 ? 5 : residual > 1 ? 2 : 1) * magnitude;
        long first = (long) Math.floor(min / step);
        long last = (long) Math.ceil(max / step);
        BigDecimal exactStep = BigDecimal.valueOf(step);
        double[] ticks = new double[(int) (last - first) + 1];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = BigDecimal.valueOf(first + i).multiply(exactStep).doubleValue();
        }
        return ticks;
    }
}
