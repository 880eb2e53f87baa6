package org.convene.clinic.web.api;

import java.io.IOException;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.convene.clinic.CaseKind;
import org.convene.clinic.cases.CaseContent;
import org.convene.clinic.cases.CaseService;
import org.convene.clinic.web.CaseView;
import org.convene.clinic.web.CaseViews;
import org.convene.identity.ConveneUser;
import org.convene.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Preparing a case: draft, revise, the one visual, ready, related experiences. */
@RestController
@Tag(name = "Cases", description = "Cases brought to a clinic: one precise question, a short context, one visual")
class CaseApi {

    private final CaseService cases;
    private final CaseViews views;

    CaseApi(CaseService cases, CaseViews views) {
        this.cases = cases;
        this.views = views;
    }

    /** What the presenter prepares. The question may still be imprecise in a draft. */
    record CaseRequest(@Nullable String title, @Nullable String context, @Nullable String question,
            @Nullable CaseKind kind, @Nullable LocalDate neededBy, @Nullable String dimension) {

        CaseContent content() {
            return new CaseContent(title == null ? "" : title, context == null ? "" : context,
                    question == null ? "" : question, kind == null ? CaseKind.CHALLENGE : kind, neededBy);
        }
    }

    @PostMapping("/api/communities/{communityId}/cases")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Draft a case", description = "Context at most 1,200 characters; the question is coached "
            + "(questionProblems) and must be precise before the case can be marked ready. Optional dimension: the "
            + "benchmarking dimension the case is brought on (suggests invitees from units strong in it).")
    CaseView draft(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @RequestBody CaseRequest request) {
        long id = cases.draft(communityId, user.accountId(), request.content(), request.dimension());
        return views.of(cases.open(id, user.accountId()));
    }

    @GetMapping("/api/cases/{caseId}")
    @Operation(summary = "A case", description = "Drafts are visible to their presenter only.")
    CaseView get(@AuthenticationPrincipal ConveneUser user, @PathVariable long caseId) {
        return views.of(cases.open(caseId, user.accountId()));
    }

    @PutMapping("/api/cases/{caseId}")
    @Operation(summary = "Revise a case", description = "Presenter only, while draft or ready.")
    CaseView revise(@AuthenticationPrincipal ConveneUser user, @PathVariable long caseId,
            @RequestBody CaseRequest request) {
        return views.of(cases.revise(caseId, user.accountId(), request.content()));
    }

    @PostMapping(path = "/api/cases/{caseId}/visual", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload the case's one visual", description = "A PNG, JPEG or WebP image of at most 5 MB "
            + "and 40 megapixels, "
            + "recognised by its content and its header; part name `visual` (or `file`). Replaces the previous one.")
    CaseView visual(@AuthenticationPrincipal ConveneUser user, @PathVariable long caseId,
            @RequestPart(name = "visual", required = false) @Nullable MultipartFile visual,
            @RequestPart(name = "file", required = false) @Nullable MultipartFile file) throws IOException {
        MultipartFile upload = visual != null ? visual : file;
        if (upload == null) {
            throw new InvalidInputException("visual", "clinic.visual.missing");
        }
        return views.of(cases.uploadVisual(caseId, user.accountId(), upload.getBytes()));
    }

    @PostMapping("/api/cases/{caseId}/ready")
    @Operation(summary = "Mark the case ready", description = "Presenter only; 409 with what to improve unless the "
            + "question is precise.")
    CaseView ready(@AuthenticationPrincipal ConveneUser user, @PathVariable long caseId) {
        return views.of(cases.markReady(caseId, user.accountId()));
    }

    @PostMapping("/api/cases/{caseId}/related-experience")
    @Operation(summary = "I have a related experience", description = "On a ready or scheduled case; sizes Sharing.")
    CaseView markRelatedExperience(@AuthenticationPrincipal ConveneUser user, @PathVariable long caseId) {
        return views.of(cases.markRelatedExperience(caseId, user.accountId(), true));
    }

    @DeleteMapping("/api/cases/{caseId}/related-experience")
    @Operation(summary = "Withdraw my related experience")
    CaseView unmarkRelatedExperience(@AuthenticationPrincipal ConveneUser user, @PathVariable long caseId) {
        return views.of(cases.markRelatedExperience(caseId, user.accountId(), false));
    }
}
