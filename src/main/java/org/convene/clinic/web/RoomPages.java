package org.convene.clinic.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.convene.clinic.ContributionKind;
import org.convene.clinic.Step;
import org.convene.clinic.cases.CaseService;
import org.convene.clinic.cases.ClinicCase;
import org.convene.clinic.cases.InvalidCaseException;
import org.convene.clinic.protocol.ClinicRuleException;
import org.convene.clinic.protocol.InvalidAgendaException;
import org.convene.clinic.session.ClinicService;
import org.convene.clinic.session.ClinicSession;
import org.convene.clinic.session.StoredClinic;
import org.convene.community.Communities;
import org.convene.identity.ConveneUser;
import org.convene.identity.Credentials;
import org.convene.live.LivePresence;
import org.convene.live.LiveStreams;
import org.convene.live.Viewer;
import org.convene.web.ForbiddenException;
import org.convene.web.InvalidInputException;
import org.convene.web.TooManyRequestsException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The live room: the full page, its event stream and heartbeat, and the commands people send from
 * it. Commands answer with a short status (or the refusal); the change itself reaches every screen,
 * the sender's included, as fragments pushed on the room's stream (see {@link RoomPush}).
 */
@Controller
class RoomPages {

    private final ClinicService clinics;
    private final ClinicViews views;
    private final Communities communities;
    private final LiveStreams streams;
    private final RoomPush push;
    private final RoomParts roomParts;
    private final RoomSources sources;
    private final MessageSource messages;
    private final Clock clock;
    private final CaseService cases;
    private final CaseViews caseViews;

    RoomPages(ClinicService clinics, ClinicViews views, Communities communities, LiveStreams streams,
            RoomPush push, RoomParts roomParts, RoomSources sources, MessageSource messages,
            Clock clock, CaseService cases, CaseViews caseViews) {
        this.roomParts = roomParts;
        this.sources = sources;
        this.clinics = clinics;
        this.views = views;
        this.communities = communities;
        this.streams = streams;
        this.push = push;
        this.messages = messages;
        this.clock = clock;
        this.cases = cases;
        this.caseViews = caseViews;
    }

    @ModelAttribute("steps")
    Step[] steps() {
        return Step.values();
    }

    @GetMapping(RoomContract.ROOM + "/room")
    String room(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long clinicId, Model model) {
        // Read before the clinic: whatever happens after this point reaches the page on its stream.
        String position = streams.position(ClinicService.topic(clinicId));
        var opened = clinics.open(communityId, clinicId, user.accountId());
        fill(model, opened);
        RoomView room = (RoomView) model.getAttribute("room");
        var locale = LocaleContextHolder.getLocale();
        String zone = ClinicService.zone(opened.member()).getId();
        StoredClinic stored = opened.clinic();
        Map<String, String> parts = new HashMap<>();
        roomParts.parts(stored, sources.caseOf(stored.caseId()).version(), opened.role(), locale, zone,
                        LocalDate.ofInstant(clock.instant(), ZoneId.of(zone)), () -> views.room(stored, opened.role()))
                .forEach((part, html) -> parts.put(part.fragment(), html));
        parts.put(RoomPart.PRESENCE.fragment(), roomParts.presence(room, locale, zone));
        model.addAttribute("parts", parts);
        model.addAttribute("position", position);
        model.addAttribute("pageKey", UUID.randomUUID().toString());
        return "clinic/room";
    }

    /**
     * The threads of a step the room leaves out at first: for "show earlier" in the room, only those;
     * without JavaScript, a page with all of the step's threads.
     */
    @GetMapping(RoomContract.THREADS)
    String threads(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long clinicId, @PathVariable Step step,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        fill(model, clinics.open(communityId, clinicId, user.accountId()));
        RoomView room = (RoomView) model.getAttribute("room");
        model.addAttribute("step", step);
        if (htmx != null) {
            model.addAttribute("threads", room.earlier(step));
            return "clinic/room-threads :: earlier";
        }
        model.addAttribute("threads", room.threadsByStep().get(step));
        return "clinic/room-threads";
    }

    @GetMapping(path = RoomContract.EVENTS, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    void events(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long clinicId, @RequestParam(name = RoomContract.PAGE_KEY_PARAM, defaultValue = "") String key,
            @RequestParam(name = RoomContract.LAST_EVENT_PARAM, required = false) @Nullable String lastEventId,
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventIdHeader,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        var opened = clinics.open(communityId, clinicId, user.accountId());
        String pageKey = LivePresence.pageKey(key)
                .orElseThrow(() -> new InvalidInputException("key", "clinic.room.invalid"));
        var audience = new RoomAudience(push, opened.role(), LocaleContextHolder.getLocale(),
                ClinicService.zone(opened.member()).getId());
        // The browser's own reconnection names the last event it saw; a page opening (or re-opening
        // its stream after a failure) names the position it was rendered at or last saw.
        String from = lastEventIdHeader != null ? lastEventIdHeader : lastEventId;
        streams.open(request, response, ClinicService.topic(clinicId),
                Viewer.page(opened.member().memberId(), Credentials.of(request), audience, pageKey), from);
    }

    @GetMapping(RoomContract.ROOM + "/summary")
    String summary(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long clinicId, Model model) {
        var opened = clinics.open(communityId, clinicId, user.accountId());
        fill(model, opened);
        var summarised = caseViews.of(cases.open(opened.clinic().caseId(), user.accountId()));
        model.addAttribute("adopted", summarised.adoptedAdviceIds());
        model.addAttribute("followUpOn", summarised.followUpOn());
        model.addAttribute("caseView", summarised);
        return "clinic/summary";
    }

    // ----- commands -----------------------------------------------------------------------

    @PostMapping(RoomContract.CONTROL)
    String control(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long clinicId, @PathVariable String action,
            @RequestParam(required = false) @Nullable Long expectedStepRevision,
            @RequestParam(defaultValue = "1") int minutes, Model model, HttpServletResponse response) {
        clinics.open(communityId, clinicId, user.accountId());
        return respond(model, response, "clinic.room.done", () -> clinics.control(clinicId, user.accountId(),
                expectedStepRevision, switch (action) {
                    case "start" -> ClinicSession::start;
                    case "advance" -> ClinicSession::advance;
                    case "back" -> ClinicSession::back;
                    case "skip" -> ClinicSession::skipSharing;
                    case "end" -> ClinicSession::end;
                    case "extend" -> (session, me, expected, now) -> session.extend(me, expected, minutes, now);
                    default -> (session, me, expected, now) -> session.shorten(me, expected, minutes, now);
                }));
    }

    @PostMapping(RoomContract.AGENDA)
    String agenda(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long clinicId, @RequestParam Step step, @RequestParam int minutes, Model model,
            HttpServletResponse response) {
        clinics.open(communityId, clinicId, user.accountId());
        return respond(model, response, "clinic.room.agendaSaved", () -> clinics.run(clinicId, user.accountId(),
                (session, me, now) -> session.adjustAgenda(me, step, minutes, now)));
    }

    @PostMapping(RoomContract.CONTRIBUTIONS)
    String post(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long clinicId, @RequestParam(required = false) @Nullable ContributionKind kind,
            @RequestParam(defaultValue = "") String text, @RequestParam(required = false) @Nullable Long replyTo,
            @RequestParam(required = false) @Nullable String situation,
            @RequestParam(required = false) @Nullable String whatIDid,
            @RequestParam(required = false) @Nullable String whatHappened, Model model,
            HttpServletResponse response) {
        clinics.open(communityId, clinicId, user.accountId());
        var body = new ContributionBody(kind, text, replyTo,
                new ContributionBody.StoryBody(situation == null ? "" : situation, whatIDid == null ? "" : whatIDid,
                        whatHappened == null ? "" : whatHappened));
        String view = respond(model, response, "clinic.room.posted",
                () -> clinics.post(clinicId, user.accountId(), body::draft));
        if (response.getStatus() == 200) {
            response.setHeader("HX-Trigger", "clinic-posted");
        }
        return view;
    }

    @PostMapping(RoomContract.HAND)
    String raiseHand(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long clinicId, Model model, HttpServletResponse response) {
        clinics.open(communityId, clinicId, user.accountId());
        return respond(model, response, "clinic.room.handRaised", () -> clinics.run(clinicId, user.accountId(),
                (session, me, now) -> session.raiseHand(me, now)));
    }

    @DeleteMapping(RoomContract.HAND)
    String lowerHand(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long clinicId, Model model, HttpServletResponse response) {
        clinics.open(communityId, clinicId, user.accountId());
        return respond(model, response, "clinic.room.handLowered", () -> clinics.run(clinicId, user.accountId(),
                (session, me, now) -> session.lowerHand(me, now)));
    }

    /** The facilitator lowers one hand ({@code memberId}) or, without one, clears the queue. */
    @DeleteMapping(RoomContract.HANDS)
    String lowerHands(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long clinicId, @RequestParam(required = false) @Nullable Long memberId, Model model,
            HttpServletResponse response) {
        clinics.open(communityId, clinicId, user.accountId());
        return respond(model, response, memberId == null ? "clinic.queue.cleared" : "clinic.room.handLowered",
                () -> clinics.run(clinicId, user.accountId(), (session, me, now) -> memberId == null
                        ? session.clearQueue(me, now)
                        : session.lowerHandOf(me, memberId, now)));
    }

    @PostMapping(RoomContract.FLOOR)
    String floor(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long clinicId, @RequestParam long memberId, Model model, HttpServletResponse response) {
        clinics.open(communityId, clinicId, user.accountId());
        return respond(model, response, "clinic.room.floorGiven", () -> clinics.run(clinicId, user.accountId(),
                (session, me, now) -> session.giveFloor(me, memberId, now)));
    }

    @PostMapping(RoomContract.SUMMARY)
    String summarise(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long clinicId, @RequestParam(defaultValue = "") String takeaways,
            @RequestParam(required = false) @Nullable List<Long> adopted,
            @RequestParam(required = false) @Nullable LocalDate followUpOn, Model model,
            HttpServletResponse response) {
        clinics.open(communityId, clinicId, user.accountId());
        List<String> lines = Arrays.stream(takeaways.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        Set<Long> adoptedIds = adopted == null ? Set.of() : new LinkedHashSet<>(adopted);
        return respond(model, response, "clinic.summary.saved",
                () -> clinics.summarise(clinicId, user.accountId(), lines, adoptedIds, followUpOn));
    }

    // ----- helpers ------------------------------------------------------------------------

    private interface Action {
        void run();
    }

    /** Runs the action; answers the status fragment with its success text, or the reason it was refused. */
    private String respond(Model model, HttpServletResponse response, String doneKey, Action action) {
        String key = doneKey;
        Object[] arguments = null;
        try {
            action.run();
        } catch (ClinicRuleException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            key = e.refusal().messageKey();
        } catch (ForbiddenException e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            key = e.messageKey();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            key = e.messageKey();
        } catch (InvalidCaseException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            key = e.messageKey();
        } catch (InvalidAgendaException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            key = e.messageKey();
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            key = "clinic.room.invalid";
        } catch (ConcurrencyFailureException e) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            key = "error.busy";
        } catch (TooManyRequestsException e) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
            key = e.messageKey();
            arguments = new Object[] {e.retryAfterSeconds()};
        }
        boolean done = response.getStatus() < 400;
        model.addAttribute("statusKind", done ? "success" : "error");
        model.addAttribute("statusText", messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale()));
        return "clinic/room-status :: status";
    }

    private void fill(Model model, ClinicService.ClinicAccess access) {
        RoomView room = views.room(access);
        model.addAttribute("room", room);
        model.addAttribute("membership", access.member());
        model.addAttribute("community", communities.view(access.member()));
        model.addAttribute("serverNow", clock.instant());
        model.addAttribute("live", RoomContract.INSTANCE);
        model.addAttribute("zone", ClinicService.zone(access.member()).getId());
        model.addAttribute("base", RoomContract.base(room.communityId(), room.id()));
        model.addAttribute("defaultFollowUp", ClinicCase.defaultFollowUp(
                LocalDate.ofInstant(clock.instant(), ClinicService.zone(access.member()))));
    }
}
