package org.convene.clinic.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;

import org.convene.clinic.protocol.ClinicRuleException;
import org.convene.clinic.protocol.Refusal;
import org.convene.community.CommunityAccess;
import org.convene.community.Membership;
import org.convene.web.ForbiddenException;
import org.convene.web.ImageHeader;
import org.convene.web.InvalidInputException;
import org.convene.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Preparing cases: drafting, revising, the visual, marking ready, related experiences. Who may
 * act is decided here (the presenter edits their own case; any member marks a related
 * experience); what the case allows is decided by {@link ClinicCase}.
 */
@Service
public class CaseService {

    private final CaseStore cases;
    private final CommunityAccess access;
    private final Clock clock;

    CaseService(CaseStore cases, CommunityAccess access, Clock clock) {
        this.cases = cases;
        this.access = access;
        this.clock = clock;
    }

    /** Longest dimension name a case can be tagged with (the column's width). */
    public static final int DIMENSION_MAX_LENGTH = 120;

    @Transactional
    public long draft(long communityId, long accountId, CaseContent content) {
        return draft(communityId, accountId, content, null);
    }

    /** A new draft, tagged with the benchmarking dimension it is brought on (blank or null: none). */
    @Transactional
    public long draft(long communityId, long accountId, CaseContent content, @org.jspecify.annotations.Nullable String dimension) {
        Membership member = access.require(communityId, accountId);
        String tag = dimension == null || dimension.isBlank() ? null : dimension.strip();
        if (tag != null && tag.length() > DIMENSION_MAX_LENGTH) {
            throw new InvalidInputException("dimension", "clinic.case.dimensionTooLong");
        }
        return cases.insertDraft(communityId, member.memberId(), content, tag, now());
    }

    /**
     * The case and the caller's membership in its community. A draft is the presenter's own
     * until it is ready: anyone else is told it does not exist.
     */
    @Transactional(readOnly = true)
    public CaseAccess open(long caseId, long accountId) {
        StoredCase stored = cases.find(caseId).orElseThrow(() -> new NotFoundException("case"));
        Membership member = access.require(stored.communityId(), accountId);
        boolean presenter = stored.clinicCase().presenterId() == member.memberId();
        if (!presenter && stored.clinicCase().status() == CaseStatus.DRAFT) {
            throw new NotFoundException("case");
        }
        return new CaseAccess(stored, member);
    }

    @Transactional(readOnly = true)
    public List<StoredCase> inCommunity(long communityId) {
        return cases.inCommunity(communityId);
    }

    @Transactional
    public CaseAccess revise(long caseId, long accountId, CaseContent content) {
        return asPresenter(caseId, accountId, clinicCase -> clinicCase.revise(content));
    }

    @Transactional
    public CaseAccess markReady(long caseId, long accountId) {
        return asPresenter(caseId, accountId, ClinicCase::markReady);
    }

    @Transactional
    public CaseAccess markRelatedExperience(long caseId, long accountId, boolean marked) {
        CaseAccess opened = open(caseId, accountId);
        ClinicCase clinicCase = opened.stored().clinicCase();
        boolean changed = marked ? clinicCase.markRelatedExperience(opened.member().memberId())
                : clinicCase.unmarkRelatedExperience(opened.member().memberId());
        if (changed) {
            cases.save(opened.stored(), now());
        }
        return open(caseId, accountId);
    }

    /**
     * Keeps the presenter's one visual, after checking it is a PNG, JPEG or WebP image of at most 5 MB whose
     * header reads as that type and declares at most {@link ImageHeader#MAX_PIXELS} pixels.
     */
    @Transactional
    public CaseAccess uploadVisual(long caseId, long accountId, byte[] bytes) {
        CaseAccess opened = requirePresenter(caseId, accountId);
        CaseStatus status = opened.stored().clinicCase().status();
        if (status != CaseStatus.DRAFT && status != CaseStatus.READY) {
            throw new ClinicRuleException(Refusal.CASE_NOT_EDITABLE);
        }
        if (bytes.length == 0) {
            throw new InvalidInputException("visual", "clinic.visual.missing");
        }
        if (bytes.length > ImageType.MAX_BYTES) {
            throw new InvalidInputException("visual", "clinic.visual.tooLarge");
        }
        ImageType type = ImageType.detect(bytes)
                .orElseThrow(() -> new InvalidInputException("visual", "clinic.visual.notAnImage"));
        ImageHeader header = ImageHeader.read(bytes, type.contentType())
                .orElseThrow(() -> new InvalidInputException("visual", "clinic.visual.notAnImage"));
        if (!header.withinPixelLimit()) {
            throw new InvalidInputException("visual", "clinic.visual.tooManyPixels");
        }
        cases.saveVisual(caseId, type.contentType(), bytes, now());
        return open(caseId, accountId);
    }

    @Transactional(readOnly = true)
    public CaseVisual visual(long caseId, long accountId) {
        open(caseId, accountId);
        return cases.visual(caseId).orElseThrow(() -> new NotFoundException("visual"));
    }

    private CaseAccess asPresenter(long caseId, long accountId, Consumer<ClinicCase> change) {
        CaseAccess opened = requirePresenter(caseId, accountId);
        change.accept(opened.stored().clinicCase());
        cases.save(opened.stored(), now());
        return open(caseId, accountId);
    }

    private CaseAccess requirePresenter(long caseId, long accountId) {
        CaseAccess opened = open(caseId, accountId);
        if (!opened.isPresenter()) {
            throw new ForbiddenException("clinic.presenterOnly");
        }
        return opened;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A case opened by a member of its community. */
    public record CaseAccess(StoredCase stored, Membership member) {

        public boolean isPresenter() {
            return stored.clinicCase().presenterId() == member.memberId();
        }
    }
}
