package org.convene.benchmarking;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.convene.community.CommunityAccess;
import org.convene.identity.ConveneUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** CSV export and import of a round's assessments through the API. */
@RestController
@Tag(name = "Benchmarking")
class AssessmentCsvApi {

    private static final String CSV = "text/csv";

    private final AssessmentTransfer transfer;
    private final Rounds rounds;
    private final CommunityAccess access;
    private final MessageSource messages;

    AssessmentCsvApi(AssessmentTransfer transfer, Rounds rounds, CommunityAccess access,
            MessageSource messages) {
        this.transfer = transfer;
        this.rounds = rounds;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/api/rounds/{roundId}/assessments.csv")
    @Operation(summary = "The round's assessments as CSV (unit, dimension, level, evidence, metric), as you may see them")
    void export(@AuthenticationPrincipal ConveneUser user, @PathVariable long roundId, HttpServletResponse response)
            throws IOException {
        var round = rounds.get(roundId);
        var membership = access.require(round.communityId(), user.accountId());
        response.setContentType(CSV + ";charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"round-" + roundId + "-assessments.csv\"");
        var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        transfer.export(round, membership, writer);
        writer.flush();
    }

    @PostMapping(path = "/api/rounds/{roundId}/assessments.csv", consumes = {CSV, MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Import assessments from CSV (conveners): all lines or none, with a line-by-line error report")
    ResponseEntity<?> importCsv(@AuthenticationPrincipal ConveneUser user, @PathVariable long roundId,
            jakarta.servlet.http.HttpServletRequest request) throws IOException {
        var round = rounds.get(roundId);
        var membership = access.requireConvener(round.communityId(), user.accountId());
        var parsed = transfer.importInto(round, membership,
                new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8));
        if (!parsed.valid()) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("csv.rejected"));
            problem.setType(java.net.URI.create("https://convene.org/problems/invalid-csv"));
            problem.setProperty("errors", lineErrors(parsed.errors()));
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.ok(new ImportResult(parsed.rows().size()));
    }

    private List<LineErrorView> lineErrors(List<AssessmentCsv.LineError> errors) {
        return errors.stream()
                .map(error -> new LineErrorView(error.line(), text(error.messageKey(), error.value())))
                .toList();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

    record LineErrorView(long line, String message) {
    }

    record ImportResult(int linesImported) {
    }
}
