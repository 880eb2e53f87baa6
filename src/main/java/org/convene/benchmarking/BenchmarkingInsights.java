package org.convene.benchmarking;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What benchmarking knows that other modules can act on: which units are strong in a
 * dimension, so that a case clinic on a growth area can invite people who have been there.
 */
@Service
public class BenchmarkingInsights {

    private final Rounds rounds;
    private final RoundReports reports;

    BenchmarkingInsights(Rounds rounds, RoundReports reports) {
        this.rounds = rounds;
        this.reports = reports;
    }

    /**
     * The units strong in the named dimension (at the round's highest level for it, where not
     * every unit is) in the community's latest round that has opened, counting submitted
     * self-assessments only. Empty when there is no such round, the dimension is not in it, or
     * fewer than three units have submitted (too few to compare safely). The name is matched
     * without regard to case, as a case is tagged with the name shown on the report.
     */
    @Transactional(readOnly = true)
    public Set<Long> strongUnitIds(long communityId, String dimensionName) {
        var wanted = dimensionName.strip().toLowerCase(Locale.ROOT);
        var latest = rounds.list(communityId).stream()
                .filter(round -> rounds.status(round) != RoundStatus.UPCOMING)
                .findFirst();
        if (latest.isEmpty()) {
            return Set.of();
        }
        var strong = new LinkedHashSet<Long>();
        reports.analysis(latest.get()).ifPresent(analysis -> analysis.units().forEach(profile -> {
            if (profile.strengths().stream().anyMatch(d -> d.name().toLowerCase(Locale.ROOT).equals(wanted))) {
                strong.add(profile.unit().id());
            }
        }));
        return Set.copyOf(strong);
    }
}
