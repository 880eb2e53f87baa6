package org.convene.benchmarking;

import org.convene.community.Communities;
import org.convene.community.CommunityAccess;
import org.convene.identity.ConveneUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A round's report: learning potential, strengths and growth areas, learning pairs, pictures. */
@Controller
@RequestMapping("/communities/{communityId}/benchmarking/rounds/{roundId}")
class ReportPages {

    private final RoundReports reports;
    private final Rounds rounds;
    private final Introductions introductions;
    private final CommunityAccess access;
    private final Communities communities;

    ReportPages(RoundReports reports, Rounds rounds, Introductions introductions, CommunityAccess access,
            Communities communities) {
        this.reports = reports;
        this.rounds = rounds;
        this.introductions = introductions;
        this.access = access;
        this.communities = communities;
    }

    @GetMapping("/report")
    String report(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long roundId, Model model) {
        var membership = access.require(communityId, user.accountId());
        var round = rounds.get(communityId, roundId);
        model.addAttribute("community", communities.view(membership));
        model.addAttribute("round", round);
        model.addAttribute("report", reports.report(round, membership));
        // Thymeleaf refuses T(...) on application classes, so the threshold travels in the model.
        model.addAttribute("minSubmitted", RoundReport.MIN_SUBMITTED);
        return "benchmarking/report";
    }

    @PostMapping("/introductions")
    String accept(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId, @PathVariable long roundId,
            @RequestParam long ownUnit, @RequestParam String otherUnit, RedirectAttributes redirect) {
        var membership = access.require(communityId, user.accountId());
        var introduction = introductions.accept(rounds.get(communityId, roundId), membership, ownUnit, otherUnit);
        redirect.addFlashAttribute(introduction.bothAccepted() ? "introduced" : "introductionSent", true);
        return "redirect:/communities/" + communityId + "/benchmarking/rounds/" + roundId + "/report#pairs";
    }
}
