package org.convene.clinic;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.convene.community.Communities;
import org.convene.identity.ConveneUser;
import org.convene.live.LiveStreams;
import org.convene.web.ForbiddenException;
import org.convene.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live room: the full page, its parts (re-fetched by the page when the room's events say
 * they changed), the event stream, and the commands people send from it. Commands answer with
 * a short status (or the refusal, 409) and the room's events bring everyone's view up to date.
 */
@Controller
class RoomPages {

    /** The parts of the room, each a fragment of {@code clinic/room-parts} and an element {@code room-<part>}. */
    static final Set<String> PARTS = Set.of("step", "controls", "composer", "contributions", "queue", "presence");

    private static final String ROOM = "/communities/{communityId}/clinics/{clinicId}";

    private final ClinicService clinics;
    private final ClinicViews views;
    private final Communities communities;
    private final LiveStreams streams;
    private final Presence presence;
    private final MessageSource messages;
    private final Clock clock;
    private final CaseService cases;
    private final CaseViews caseViews;

    RoomPages(ClinicService clinics, ClinicViews views, Communities communities, LiveStreams streams,
            Presence presence, MessageSource messages, Clock clock, CaseService cases, CaseViews caseViews) {
        this.cases = cases;
        this.caseViews = caseViews;
        this.clinics = clinics;
        this.views = views;
        this.communities = communities;
        this.streams = streams;
        this.presence = presence;
        this.messages = messages;
        this.clock = clock;
    }

    @org.springframework.web.bind.annotation.ModelAttribute("steps")
    Step[] steps() {
        return Step.values();
    }

    @GetMapping(ROOM + "/room")
    String room(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long clinicId, Model model) {
        fill(model, clinics.open(communityId, clinicId, user.accountId()));
        return "clinic/room";
    }

    @GetMapping(ROOM + "/room/parts/{part}")
    String part(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long clinicId, @PathVariable String part, Model model) {
        if (!PARTS.contains(part)) {
            throw new org.convene.web.NotFoundException("part");
        }
        fill(model, clinics.open(communityId, clinicId, user.accountId()));
        return "clinic/room-parts :: " + part;
    }

    @GetMapping(path = ROOM + "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter events(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long clinicId,
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId) {
        var opened = clinics.open(communityId, clinicId, user.accountId());
        SseEmitter stream = streams.open(ClinicService.topic(clinicId), lastEventId);
        presence.track(clinicId, opened.member().memberId(), stream);
        return stream;
    }

    @GetMapping(ROOM + "/summary")
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

    @PostMapping(ROOM + "/room/{action:start|advance|back|skip|end|extend|shorten}")
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

    @PostMapping(ROOM + "/room/agenda")
    String agenda(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long clinicId, @RequestParam Step step, @RequestParam int minutes, Model model,
            HttpServletResponse response) {
        clinics.open(communityId, clinicId, user.accountId());
        return respond(model, response, "clinic.room.agendaSaved", () -> clinics.run(clinicId, user.accountId(),
                (session, me, now) -> session.adjustAgenda(me, step, minutes, now)));
    }

    @PostMapping(ROOM + "/room/contributions")
    String post(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long clinicId, @RequestParam(required = false) @Nullable ContributionKind kind,
            @RequestParam(defaultValue = "") String text, @RequestParam(required = false) @Nullable Long replyTo,
            @RequestParam(required = false) @Nullable String situation,
            @RequestParam(required = false) @Nullable String whatIDid,
            @RequestParam(required = false) @Nullable String whatHappened, Model model,
            HttpServletResponse response) {
        clinics.open(communityId, clinicId, user.accountId());
        var body = new ClinicApi.ContributionBody(kind, text, replyTo,
                new ClinicApi.StoryBody(situation == null ? "" : situation, whatIDid == null ? "" : whatIDid,
                        whatHappened == null ? "" : whatHappened));
        String view = respond(model, response, "clinic.room.posted", () -> clinics.run(clinicId, user.accountId(),
                (session, me, now) -> session.post(me, ClinicApi.draft(body), now)));
        if (response.getStatus() == 200) {
            response.setHeader("HX-Trigger", "clinic-posted");
        }
        return view;
    }

    @PostMapping(ROOM + "/room/hand")
    String raiseHand(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long clinicId, Model model, HttpServletResponse response) {
        clinics.open(communityId, clinicId, user.accountId());
        return respond(model, response, "clinic.room.handRaised", () -> clinics.run(clinicId, user.accountId(),
                (session, me, now) -> session.raiseHand(me, now)));
    }

    @DeleteMapping(ROOM + "/room/hand")
    String lowerHand(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long clinicId, Model model, HttpServletResponse response) {
        clinics.open(communityId, clinicId, user.accountId());
        return respond(model, response, "clinic.room.handLowered", () -> clinics.run(clinicId, user.accountId(),
                (session, me, now) -> session.lowerHand(me, now)));
    }

    @PostMapping(ROOM + "/room/floor")
    String floor(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long clinicId, @RequestParam long memberId, Model model, HttpServletResponse response) {
        clinics.open(communityId, clinicId, user.accountId());
        return respond(model, response, "clinic.room.floorGiven", () -> clinics.run(clinicId, user.accountId(),
                (session, me, now) -> session.giveFloor(me, memberId, now)));
    }

    @PostMapping(ROOM + "/room/summary")
    String summarise(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long clinicId, @RequestParam(defaultValue = "") String takeaways,
            @RequestParam(required = false) @Nullable List<Long> adopted,
            @RequestParam(required = false) @Nullable LocalDate followUpOn, Model model,
            HttpServletResponse response) {
        clinics.open(communityId, clinicId, user.accountId());
        List<String> lines = Arrays.stream(takeaways.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        Set<Long> adoptedIds = adopted == null ? Set.of() : new LinkedHashSet<>(adopted);
        String view = respond(model, response, "clinic.summary.saved",
                () -> clinics.summarise(clinicId, user.accountId(), lines, adoptedIds, followUpOn));
        if (response.getStatus() == 200) {
            response.setHeader("HX-Trigger", "clinic-posted");
        }
        return view;
    }

    // ----- helpers ------------------------------------------------------------------------

    private interface Action {
        ClinicService.ClinicAccess run();
    }

    /** Runs the action; answers the status fragment with its success text, or the reason it was refused. */
    private String respond(Model model, HttpServletResponse response, String doneKey, Action action) {
        try {
            action.run();
            model.addAttribute("statusKind", "success");
            model.addAttribute("statusText", text(doneKey));
        } catch (ClinicRuleException e) {
            response.setStatus(409);
            model.addAttribute("statusKind", "error");
            model.addAttribute("statusText", text(e.refusal().messageKey()));
        } catch (ForbiddenException e) {
            response.setStatus(403);
            model.addAttribute("statusKind", "error");
            model.addAttribute("statusText", text(e.messageKey()));
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("statusKind", "error");
            model.addAttribute("statusText", text(e.messageKey()));
        } catch (InvalidCaseException e) {
            response.setStatus(400);
            model.addAttribute("statusKind", "error");
            model.addAttribute("statusText", text(e.messageKey()));
        } catch (InvalidAgendaException e) {
            response.setStatus(400);
            model.addAttribute("statusKind", "error");
            model.addAttribute("statusText", text(e.messageKey()));
        } catch (IllegalArgumentException e) {
            response.setStatus(400);
            model.addAttribute("statusKind", "error");
            model.addAttribute("statusText", text("clinic.room.invalid"));
        }
        return "clinic/room-parts :: status";
    }

    private void fill(Model model, ClinicService.ClinicAccess access) {
        RoomView room = views.room(access);
        model.addAttribute("room", room);
        model.addAttribute("membership", access.member());
        model.addAttribute("community", communities.view(access.member()));
        model.addAttribute("serverNow", clock.instant());
        model.addAttribute("base", "/communities/" + room.communityId() + "/clinics/" + room.id());
        model.addAttribute("defaultFollowUp", ClinicCase.defaultFollowUp(
                LocalDate.ofInstant(clock.instant(), ClinicPages.zone(access.member()))));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
