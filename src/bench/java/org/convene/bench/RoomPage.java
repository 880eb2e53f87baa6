package org.convene.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * One viewer's room page: its own DOM, kept up to date from its own event stream exactly as htmx 2,
 * its SSE extension and clinic.js do it, with an index of the elements by id so that a swap finds its
 * target without searching the tree (as {@code document.getElementById} does in a browser).
 */
final class RoomPage implements SseEventParser.EventListener {

    /** What the page was loaded with, read from its own markup. */
    record Markup(String streamPath, Set<String> swappedEvents, String resetEvent, String beatPath,
            long beatEveryMillis, String composerPath, String csrfHeader, String csrfToken, int requestsOnLoad) {

        static Markup of(Document page) {
            var room = page.selectFirst("[data-room]");
            var swapper = page.selectFirst("[sse-swap]");
            var beat = page.select("[hx-post][hx-trigger^=every]").first();
            var composer = page.selectFirst("[data-composer]");
            if (room == null || swapper == null || beat == null || composer == null) {
                throw new IllegalStateException("not a room page a member may post in: " + page.title());
            }
            return new Markup(room.attr("sse-connect"), Set.of(swapper.attr("sse-swap").split(",")),
                    room.attr("data-reset-event"), beat.attr("hx-post"),
                    everyMillis(beat.attr("hx-trigger")), composer.attr("hx-post"),
                    page.select("meta[name=csrf-header]").attr("content"),
                    page.select("meta[name=csrf-token]").attr("content"),
                    requestsOnLoad(page, room, beat));
        }

        /** htmx's {@code every <n>s} or {@code every <n>ms}. */
        private static long everyMillis(String trigger) {
            var interval = trigger.substring("every".length()).strip();
            return interval.endsWith("ms") ? Long.parseLong(interval.substring(0, interval.length() - 2))
                    : Math.round(Double.parseDouble(interval.substring(0, interval.length() - 1)) * 1000);
        }

        /** Requests the page makes by itself besides its stream ({@code room}) and its heartbeat. */
        private static int requestsOnLoad(Document page, Element room, Element beat) {
            int requests = RoomPayload.requestsOnInsert(List.of(page.body()));
            return requests - RoomPayload.requestsOnInsert(List.of(beat))
                    - (room.hasAttr("sse-connect") ? 1 : 0);
        }
    }

    private final int stream;
    private final Document document;
    private final Markup markup;
    private final RoomLoadDriver owner;
    private final Map<String, Element> byId = new HashMap<>();

    RoomPage(int stream, Document document, RoomLoadDriver owner) {
        this.stream = stream;
        this.document = document;
        this.markup = Markup.of(document);
        this.owner = owner;
        remember(document);
    }

    Markup markup() {
        return markup;
    }

    @Override
    public void event(int stream, String id, String type, String data, long receivedNanos) {
        if (type.equals(markup.resetEvent())) {
            // clinic.js reloads the page: a request beyond the stream and the beats, and this driver does not reload.
            owner.reloadWanted();
        } else if (markup.swappedEvents().contains(type)) {
            apply(owner.payload(data));
        }
    }

    @Override
    public void failed(int stream, String reason) {
        owner.streamFailed(stream, reason);
    }

    /** htmx's out-of-band swaps ({@code oobSwap}), with clinic.js's {@code htmx:oobBeforeSwap} listener. */
    private void apply(RoomPayload payload) {
        var applied = new java.util.ArrayList<RoomPayload.Swap>(payload.swaps.size());
        for (var swap : payload.swaps) {
            var target = byId.get(swap.targetId());
            if (target == null) {
                owner.swapWithoutTarget();
                continue;
            }
            if (!swap.incomingId().isEmpty() && !swap.incomingId().equals(target.id())
                    && byId.containsKey(swap.incomingId())) {
                owner.appendSkipped();
                continue;
            }
            switch (swap.style()) {
                case "outerHTML" -> {
                    var copy = swap.element().clone();
                    forget(target);
                    target.replaceWith(copy);
                    remember(copy);
                }
                case "beforeend" -> appendCopies(swap.element(), target);
                case "innerHTML" -> {
                    target.children().forEach(this::forget);
                    target.empty();
                    appendCopies(swap.element(), target);
                }
                default -> {
                    owner.swapWithoutTarget();
                    continue;
                }
            }
            applied.add(swap);
            owner.requestsFromSwaps(swap.requests());
        }
        long shown = System.nanoTime();
        for (var marker : payload.markers) {
            if (!applied.contains(marker.swap())) {
                continue;
            }
            var element = byId.get(marker.elementId());
            if (element != null && element.ownerDocument() == document && element.text().contains(marker.text())) {
                owner.shown(stream, marker.seq(), marker.sentNanos(), shown);
            } else {
                owner.markerNotShown();
            }
        }
    }

    private void appendCopies(Element from, Element target) {
        for (var child : from.childNodes()) {
            var copy = child.clone();
            target.appendChild(copy);
            remember(copy);
        }
    }

    private void remember(Node node) {
        if (node instanceof Element element) {
            for (var each : element.getAllElements()) {
                if (!each.id().isEmpty()) {
                    byId.put(each.id(), each);
                }
            }
        }
    }

    private void forget(Node node) {
        if (node instanceof Element element) {
            for (var each : element.getAllElements()) {
                if (!each.id().isEmpty()) {
                    byId.remove(each.id(), each);
                }
            }
        }
    }
}
