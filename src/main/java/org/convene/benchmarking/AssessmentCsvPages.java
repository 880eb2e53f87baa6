package org.convene.benchmarking;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.convene.community.Communities;
import org.convene.community.CommunityAccess;
import org.convene.community.Membership;
import org.convene.identity.ConveneUser;
import org.convene.web.ConflictException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** CSV download and the import page with its line-by-line report. */
@Controller
@RequestMapping("/communities/{communityId}/benchmarking/rounds/{roundId}")
class AssessmentCsvPages {

    private final AssessmentTransfer transfer;
    private final Rounds rounds;
    private final CommunityAccess access;
    private final Communities communities;
    private final MessageSource messages;

    AssessmentCsvPages(AssessmentTransfer transfer, Rounds rounds, CommunityAccess access, Communities communities,
            MessageSource messages) {
        this.transfer = transfer;
        this.rounds = rounds;
        this.access = access;
        this.communities = communities;
        this.messages = messages;
    }

    @GetMapping("/assessments.csv")
    void export(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId, @PathVariable long roundId,
            HttpServletResponse response) throws IOException {
        var membership = access.require(communityId, user.accountId());
        var round = rounds.get(communityId, roundId);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"round-" + roundId + "-assessments.csv\"");
        var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        transfer.export(round, membership, writer);
        writer.flush();
    }

    @GetMapping("/import")
    String importPage(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long roundId, Model model) {
        var membership = access.requireConvener(communityId, user.accountId());
        return page(membership, rounds.get(communityId, roundId), model);
    }

    @PostMapping("/import")
    String importUpload(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long roundId, @RequestParam("file") MultipartFile file, Model model) throws IOException {
        var membership = access.requireConvener(communityId, user.accountId());
        var round = rounds.get(communityId, roundId);
        try {
            var parsed = transfer.importInto(round, membership,
                    new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8));
            if (parsed.valid()) {
                model.addAttribute("imported", parsed.rows().size());
            } else {
                model.addAttribute("lineErrors", parsed.errors().stream()
                        .map(error -> new AssessmentCsvApi.LineErrorView(error.line(),
                                text(error.messageKey(), error.value())))
                        .toList());
            }
        } catch (ConflictException e) {
            model.addAttribute("refused", text(e.messageKey()));
        }
        return page(membership, round, model);
    }

    private String page(Membership membership, BenchmarkRound round, Model model) {
        model.addAttribute("community", communities.view(membership));
        model.addAttribute("round", round);
        return "benchmarking/import";
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
