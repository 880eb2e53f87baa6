package org.convene.clinic;

import org.convene.community.Communities;
import org.springframework.stereotype.Component;

/** Builds {@link CaseView}s for the pages and the API. */
@Component
class CaseViews {

    private final Communities communities;
    private final ClinicStore clinics;

    CaseViews(Communities communities, ClinicStore clinics) {
        this.communities = communities;
        this.clinics = clinics;
    }

    CaseView of(CaseService.CaseAccess access) {
        StoredCase stored = access.stored();
        ClinicCase clinicCase = stored.clinicCase();
        CaseContent content = clinicCase.content();
        boolean presenter = access.isPresenter();
        boolean planner = presenter || access.member().role().canFacilitate();
        var presenterName = communities.member(stored.communityId(), clinicCase.presenterId())
                .map(member -> member.displayName()).orElse("—");
        return new CaseView(clinicCase.id(), stored.communityId(), content.title(), content.context(),
                content.question(), content.kind(), content.neededBy(), clinicCase.status(),
                new RoomView.Person(clinicCase.presenterId(), presenterName), stored.hasVisual(),
                planner ? clinicCase.relatedExperienceCount() : null,
                clinicCase.hasRelatedExperience(access.member().memberId()),
                QuestionCoach.problems(content.question()), clinicCase.heldOn().orElse(null),
                clinicCase.followUpOn().orElse(null), clinicCase.adoptedAdviceIds(),
                clinics.findByCase(clinicCase.id()).map(StoredClinic::id).orElse(null), presenter);
    }
}
