package org.convene.clinic.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.convene.clinic.Contribution;
import org.convene.clinic.cases.AdviceVerdict;
import org.convene.clinic.cases.CaseContent;
import org.convene.clinic.cases.CaseService;
import org.convene.clinic.cases.ClinicCase;
import org.convene.clinic.cases.QuestionCoach;
import org.convene.clinic.cases.StoredCase;
import org.convene.clinic.session.ClinicStore;
import org.convene.clinic.session.StoredClinic;
import org.convene.community.Communities;
import org.springframework.stereotype.Component;

/** Builds {@link CaseView}s for the pages and the API. */
@Component
public class CaseViews {

    private final Communities communities;
    private final ClinicStore clinics;

    CaseViews(Communities communities, ClinicStore clinics) {
        this.communities = communities;
        this.clinics = clinics;
    }

    public CaseView of(CaseService.CaseAccess access) {
        StoredCase stored = access.stored();
        ClinicCase clinicCase = stored.clinicCase();
        CaseContent content = clinicCase.content();
        boolean presenter = access.isPresenter();
        boolean planner = presenter || access.member().role().canFacilitate();
        Map<Long, String> names = new HashMap<>();
        communities.members(stored.communityId()).forEach(member -> names.put(member.memberId(), member.displayName()));
        Optional<StoredClinic> clinic = clinics.findByCase(clinicCase.id());
        var report = clinicCase.report();
        Map<Long, AdviceVerdict> verdicts = new HashMap<>();
        report.ifPresent(filed -> filed.verdicts().forEach(verdict -> verdicts.put(verdict.adviceId(), verdict)));
        List<CaseView.AdoptedAdvice> adopted = clinicCase.adoptedAdvice().entrySet().stream()
                .map(entry -> {
                    long adviceId = entry.getKey();
                    String text = clinic.flatMap(found -> found.session().contribution(adviceId))
                            .map(Contribution::text).orElse("");
                    AdviceVerdict verdict = verdicts.get(adviceId);
                    return new CaseView.AdoptedAdvice(adviceId, text,
                            new RoomView.Person(entry.getValue(), names.getOrDefault(entry.getValue(), "—")),
                            verdict == null ? null : verdict.outcome(), verdict == null ? null : verdict.note());
                })
                .toList();
        return new CaseView(clinicCase.id(), stored.communityId(), content.title(), content.context(),
                content.question(), content.kind(), content.neededBy(), clinicCase.status(),
                new RoomView.Person(clinicCase.presenterId(), names.getOrDefault(clinicCase.presenterId(), "—")),
                stored.hasVisual(), planner ? clinicCase.relatedExperienceCount() : null,
                clinicCase.hasRelatedExperience(access.member().memberId()),
                QuestionCoach.problems(content.question()), clinicCase.heldOn().orElse(null),
                clinicCase.followUpOn().orElse(null), clinicCase.adoptedAdviceIds(),
                clinic.map(StoredClinic::id).orElse(null), presenter, stored.dimension(), adopted,
                report.map(filed -> new CaseView.FollowUp(filed.whatHappened(), stored.followUpFiledAt())).orElse(null),
                stored.agendaClinicId(), stored.version());
    }
}
