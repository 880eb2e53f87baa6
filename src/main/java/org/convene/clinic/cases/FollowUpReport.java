package org.convene.clinic.cases;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.convene.clinic.Texts;

/** What the presenter reports at the follow-up: what actually happened, and how each adopted advice worked out. */
public record FollowUpReport(String whatHappened, List<AdviceVerdict> verdicts) {

    public static final int MAX_LENGTH = 4_000;

    public FollowUpReport {
        whatHappened = Texts.required("whatHappened", whatHappened, MAX_LENGTH);
        verdicts = List.copyOf(verdicts);
        Set<Long> seen = new HashSet<>();
        for (AdviceVerdict verdict : verdicts) {
            if (!seen.add(verdict.adviceId())) {
                throw new IllegalArgumentException("two verdicts on advice " + verdict.adviceId());
            }
        }
    }

    Set<Long> adviceIds() {
        Set<Long> ids = new HashSet<>();
        verdicts.forEach(verdict -> ids.add(verdict.adviceId()));
        return ids;
    }
}
