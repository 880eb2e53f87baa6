package org.convene.clinic.library;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.convene.clinic.AdviceOutcome;
import org.convene.clinic.CaseKind;
import org.convene.clinic.cases.CaseStatus;
import org.convene.clinic.cases.CaseStore;
import org.convene.clinic.cases.ClinicCase;
import org.convene.clinic.cases.FollowUpReport;
import org.convene.clinic.cases.StoredCase;
import org.convene.clinic.session.ClinicStore;
import org.convene.community.Communities;
import org.convene.community.CommunityAccess;
import org.convene.community.Membership;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case library: every case the community has held, with its summary and follow-up, to
 * search and learn from. Cases carry no confidentiality of their own yet, so the library is
 * the community's: its members see it, nobody else learns it exists (404).
 */
@Service
public class CaseLibrary {

    /** The states of a case that has been through a clinic. */
    public static final List<CaseStatus> HELD_STATES = List.of(CaseStatus.HELD, CaseStatus.FOLLOW_UP_DUE, CaseStatus.CLOSED);

    private final CaseStore cases;
    private final ClinicStore clinics;
    private final CommunityAccess access;
    private final Communities communities;

    CaseLibrary(CaseStore cases, ClinicStore clinics, CommunityAccess access, Communities communities) {
        this.cases = cases;
        this.clinics = clinics;
        this.access = access;
        this.communities = communities;
    }

    /** What to look for; every part optional. */
    public record Query(@Nullable String text, @Nullable CaseStatus status, @Nullable CaseKind kind,
            @Nullable String dimension) {

        public static Query of(@Nullable String text, @Nullable String status, @Nullable String kind,
                @Nullable String dimension) {
            return new Query(blankToNull(text), parse(CaseStatus.class, status), parse(CaseKind.class, kind),
                    blankToNull(dimension));
        }

        boolean isEmpty() {
            return text == null && status == null && kind == null && dimension == null;
        }
    }

    /**
     * One held case in the library.
     *
     * @param outcomes how the adopted advice worked out, once the follow-up is filed (empty before)
     */
    public record Entry(long id, String title, String question, String context, CaseKind kind, CaseStatus status,
            @Nullable String dimension, String presenterName, @Nullable LocalDate heldOn,
            @Nullable LocalDate followUpOn, List<String> takeaways, @Nullable String whatHappened,
            List<OutcomeCount> outcomes, @Nullable Long clinicId) {
    }

    /** How many adopted pieces of advice had this outcome. */
    record OutcomeCount(AdviceOutcome outcome, int count) {
    }

    /** The library as {@code accountId} may see it, filtered by {@code query}; most recently changed first. */
    @Transactional(readOnly = true)
    public List<Entry> search(long communityId, long accountId, Query query) {
        Membership member = access.require(communityId, accountId);
        Map<Long, String> names = new java.util.HashMap<>();
        communities.members(member.communityId()).forEach(m -> names.put(m.memberId(), m.displayName()));
        Map<Long, List<String>> takeaways = clinics.takeawaysByCase(communityId);
        Map<Long, Long> clinicByCase = new java.util.HashMap<>();
        clinics.listings(communityId).forEach(listing -> clinicByCase.put(listing.caseId(), listing.id()));
        List<CaseStatus> states = query.status() != null && HELD_STATES.contains(query.status())
                ? List.of(query.status()) : HELD_STATES;
        if (query.status() != null && !HELD_STATES.contains(query.status())) {
            return List.of();
        }
        return cases.inCommunity(communityId, states).stream()
                .map(stored -> entry(stored, names, takeaways.getOrDefault(stored.id(), List.of()),
                        clinicByCase.get(stored.id())))
                .filter(entry -> matches(entry, query))
                .toList();
    }

    /** The dimensions the community's held cases are tagged with, for the filter. */
    @Transactional(readOnly = true)
    public List<String> dimensions(long communityId) {
        return cases.inCommunity(communityId, HELD_STATES).stream()
                .map(StoredCase::dimension).filter(java.util.Objects::nonNull).distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    static boolean matches(Entry entry, Query query) {
        if (query.kind() != null && entry.kind() != query.kind()) {
            return false;
        }
        if (query.dimension() != null && (entry.dimension() == null
                || !entry.dimension().equalsIgnoreCase(query.dimension()))) {
            return false;
        }
        if (query.text() == null) {
            return true;
        }
        String wanted = query.text().toLowerCase(Locale.ROOT);
        return Stream.concat(Stream.of(entry.title(), entry.question(), entry.context(), entry.whatHappened(),
                        entry.dimension()), entry.takeaways().stream())
                .anyMatch(text -> text != null && text.toLowerCase(Locale.ROOT).contains(wanted));
    }

    private static Entry entry(StoredCase stored, Map<Long, String> names, List<String> takeaways,
            @Nullable Long clinicId) {
        ClinicCase clinicCase = stored.clinicCase();
        Map<AdviceOutcome, Integer> outcomes = new EnumMap<>(AdviceOutcome.class);
        clinicCase.report().ifPresent(report -> report.verdicts()
                .forEach(verdict -> outcomes.merge(verdict.outcome(), 1, Integer::sum)));
        return new Entry(clinicCase.id(), clinicCase.content().title(), clinicCase.content().question(),
                clinicCase.content().context(), clinicCase.content().kind(), clinicCase.status(), stored.dimension(),
                names.getOrDefault(clinicCase.presenterId(), "—"), clinicCase.heldOn().orElse(null),
                clinicCase.followUpOn().orElse(null), takeaways,
                clinicCase.report().map(FollowUpReport::whatHappened).orElse(null),
                outcomes.entrySet().stream().map(count -> new OutcomeCount(count.getKey(), count.getValue())).toList(),
                clinicId);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new org.convene.web.InvalidInputException(type == CaseStatus.class ? "status" : "kind",
                    "clinic.library.unknownFilter");
        }
    }
}
