package org.convene.benchmarking;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * In an anonymous round, a suggested learning pair is offered to both sides as an introduction;
 * the two units learn each other's names only when both have accepted.
 */
class Introduction {

    @Id
    private @Nullable Long id;
    private long roundId;
    private long unitA;
    private long unitB;
    private boolean acceptedA;
    private boolean acceptedB;
    @Version
    private @Nullable Integer version;

    Introduction(long roundId, long unitA, long unitB) {
        this.roundId = roundId;
        this.unitA = Math.min(unitA, unitB);
        this.unitB = Math.max(unitA, unitB);
    }

    void acceptFor(long unitId) {
        if (unitId == unitA) {
            acceptedA = true;
        } else if (unitId == unitB) {
            acceptedB = true;
        } else {
            throw new IllegalArgumentException("unit " + unitId + " is not part of this introduction");
        }
    }

    boolean acceptedBy(long unitId) {
        return unitId == unitA ? acceptedA : unitId == unitB && acceptedB;
    }

    boolean bothAccepted() {
        return acceptedA && acceptedB;
    }

    boolean involves(long unitId) {
        return unitId == unitA || unitId == unitB;
    }

    long roundId() {
        return roundId;
    }

    long unitA() {
        return unitA;
    }

    long unitB() {
        return unitB;
    }
}
