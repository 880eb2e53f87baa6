package org.convene.clinic.cases;

import java.util.LinkedHashSet;
import java.util.Set;

import org.convene.benchmarking.BenchmarkingInsights;
import org.convene.community.CommunityUnits;
import org.springframework.stereotype.Component;

/**
 * Benchmarking and clinics feed each other: a case brought on a growth area invites the
 * members of units strong in that dimension, who have been where the presenter wants to go.
 */
@Component
public class InviteeSuggestions {

    private final BenchmarkingInsights insights;
    private final CommunityUnits units;

    InviteeSuggestions(BenchmarkingInsights insights, CommunityUnits units) {
        this.insights = insights;
        this.units = units;
    }

    /** The members to suggest for the case's clinic (never its presenter); none when it has no dimension. */
    public Set<Long> forCase(StoredCase stored) {
        if (stored.dimension() == null) {
            return Set.of();
        }
        var strong = insights.strongUnitIds(stored.communityId(), stored.dimension());
        var members = new LinkedHashSet<Long>();
        units.memberIdsByUnit(stored.communityId()).forEach((unitId, memberIds) -> {
            if (strong.contains(unitId)) {
                members.addAll(memberIds);
            }
        });
        members.remove(stored.clinicCase().presenterId());
        return members;
    }
}
