package org.convene.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The data of one {@code room} event, parsed once and applied to every page it reaches: its
 * out-of-band swaps, read as htmx 2 reads them ({@code oobSwap}), and the driver markers it carries.
 * Immutable once built; pages clone what they insert.
 */
final class RoomPayload {

    /**
     * One element marked {@code hx-swap-oob}: how it swaps ({@code outerHTML}, {@code beforeend},
     * {@code innerHTML}, …), the id of its target, the id htmx's {@code htmx:oobBeforeSwap} listener in
     * clinic.js checks (the fragment's first element: the element itself for an outerHTML swap, its
     * first child otherwise), and how many requests the inserted content would make by itself.
     */
    record Swap(Element element, String style, String targetId, String incomingId, int requests) {
    }

    /** A driver marker, and the element (by id) that shows it once the swap is done. */
    record Marker(long seq, long sentNanos, String text, String elementId, Swap swap) {
    }

    private static final String MARKER = "bench#";

    final List<Swap> swaps;
    final List<Marker> markers;

    private RoomPayload(List<Swap> swaps, List<Marker> markers) {
        this.swaps = swaps;
        this.markers = markers;
    }

    static RoomPayload parse(String html) {
        var body = Jsoup.parseBodyFragment(html).body();
        var swaps = new ArrayList<Swap>();
        var markers = new ArrayList<Marker>();
        for (var element : body.select("[hx-swap-oob]")) {
            var value = element.attr("hx-swap-oob");
            // htmx 2: "true" is outerHTML of the element with the same id; "style:selector"; or a style alone.
            var style = "outerHTML";
            var selector = "#" + element.id();
            if (value.indexOf(':') > 0) {
                style = value.substring(0, value.indexOf(':'));
                selector = value.substring(value.indexOf(':') + 1);
            } else if (!value.equals("true")) {
                style = value;
            }
            element.removeAttr("hx-swap-oob");
            boolean inline = style.equals("outerHTML");
            var incoming = inline ? element : element.firstElementChild();
            // Convene targets ids only; anything else finds no target here and shows as missing.
            var targetId = selector.startsWith("#") ? selector.substring(1) : "";
            var swap = new Swap(element, style, targetId, incoming == null ? "" : incoming.id(),
                    requestsOnInsert(inline ? List.of(element) : element.children()));
            swaps.add(swap);
            for (var text : element.select(":containsOwn(" + MARKER + ")")) {
                for (var node : text.textNodes()) {
                    marker(node, swap, inline ? null : element).ifPresent(markers::add);
                }
            }
        }
        return new RoomPayload(List.copyOf(swaps), List.copyOf(markers));
    }

    /**
     * The marker in {@code node}, shown by the nearest element with an id that the swap inserts (the
     * wrapper of a beforeend or innerHTML swap is not inserted). A marker with no such element — the
     * screen reader's announcement, which also repeats the text — is not what people see.
     */
    private static Optional<Marker> marker(TextNode node, Swap swap, Element wrapper) {
        var text = node.getWholeText();
        int at = text.indexOf(MARKER);
        if (at < 0) {
            return Optional.empty();
        }
        var fields = text.substring(at + MARKER.length()).split("#", 3);
        if (fields.length < 3) {
            return Optional.empty();
        }
        for (Element element = node.parent(); element != null && element != wrapper; element = element.parent()) {
            if (!element.id().isEmpty()) {
                return Optional.of(new Marker(Long.parseLong(fields[0]), Long.parseLong(fields[1]),
                        MARKER + fields[0] + "#" + fields[1] + "#", element.id(), swap));
            }
            if (element == swap.element()) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * Requests htmx would make by itself for content once it is in the page: an element that loads,
     * polls or reacts to being seen, or opens another event stream. A click-triggered action is not
     * counted: nobody clicks.
     */
    static int requestsOnInsert(List<Element> roots) {
        int requests = 0;
        for (var root : roots) {
            for (var element : root.select("[hx-get],[hx-post],[hx-put],[hx-patch],[hx-delete],[sse-connect]")) {
                var trigger = element.attr("hx-trigger");
                if (element.hasAttr("sse-connect") || trigger.contains("load") || trigger.contains("revealed")
                        || trigger.contains("intersect") || trigger.contains("every")) {
                    requests++;
                }
            }
        }
        return requests;
    }
}
