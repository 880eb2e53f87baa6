package org.convene.clinic.web;

import org.convene.clinic.Step;
import org.convene.live.LivePresence;
import org.convene.live.LiveStreams;

/**
 * The contract between the live room's server side and its page, declared once: the controllers and
 * the push use these names, the templates read them from the model ({@code live}), and the script
 * reads them from the attributes the templates write. Nothing here is repeated as a literal elsewhere.
 */
final class RoomContract {

    static final RoomContract INSTANCE = new RoomContract();

    /** The event whose data is the room's changed fragments, swapped into the page out of band. */
    static final String UPDATE_EVENT = "room";
    /** Query parameters of the stream: the page's key, and the event it last saw (or was rendered at). */
    static final String PAGE_KEY_PARAM = "key";
    static final String LAST_EVENT_PARAM = "lastEventId";
    /** The path of the room, under which every route below lives. */
    static final String ROOM = "/communities/{communityId}/clinics/{clinicId}";
    static final String EVENTS = ROOM + "/events";
    static final String CONTRIBUTIONS = ROOM + "/room/contributions";
    static final String HAND = ROOM + "/room/hand";
    static final String HANDS = ROOM + "/room/hands";
    static final String FLOOR = ROOM + "/room/floor";
    static final String SUMMARY = ROOM + "/room/summary";
    static final String AGENDA = ROOM + "/room/agenda";
    static final String THREADS = ROOM + "/room/threads/{step}";
    static final String CONTROL = ROOM + "/room/{action:start|advance|back|skip|end|extend|shorten}";

    private RoomContract() {
    }

    static String base(long communityId, long clinicId) {
        return "/communities/" + communityId + "/clinics/" + clinicId;
    }

    public String updateEvent() {
        return UPDATE_EVENT;
    }

    public String resetEvent() {
        return LiveStreams.RESET;
    }

    /** The element id of the part whose fragment is {@code fragment}; a name that is no part fails the render. */
    public String partId(String fragment) {
        return java.util.Arrays.stream(RoomPart.values()).filter(part -> part.fragment().equals(fragment))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no room part " + fragment))
                .elementId();
    }

    /** Where a page opens its stream: as the page it is, from the event it was rendered at. */
    public String eventsUrl(String base, String pageKey, String position) {
        return base + "/events?" + PAGE_KEY_PARAM + "=" + pageKey + "&" + LAST_EVENT_PARAM + "=" + position;
    }

    public String lastEventParam() {
        return LAST_EVENT_PARAM;
    }

    public String announcerId() {
        return "room-announcer";
    }

    /** The list a new contribution of {@code step} joins. */
    public String threadListId(Step step) {
        return "thread-list-" + step.name();
    }

    /** The list a reply to contribution {@code id} joins. */
    public String repliesId(long id) {
        return "replies-" + id;
    }

    /** Where the threads of {@code step} that the room leaves out at first are listed. */
    public String threadsUrl(String base, Step step) {
        return base + "/room/threads/" + step.name();
    }

    /** The place of those threads in the step's list, until they are loaded into it. */
    public String earlierId(Step step) {
        return "earlier-" + step.name();
    }

    public String contributionId(long id) {
        return "contribution-" + id;
    }

    /** Where a page beats, and how often (htmx's {@code every} trigger). */
    public String beatPath(String pageKey) {
        return LivePresence.beatPath(pageKey);
    }

    public String beatTrigger() {
        return "every " + LivePresence.BEAT_EVERY.toSeconds() + "s";
    }

    public String controlPath(String base, String action) {
        return base + "/room/" + action;
    }
}
