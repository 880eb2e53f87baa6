package org.convene.benchmarking;

import java.util.Map;
import java.util.Set;

/**
 * What one viewer may call each unit of a round, following the round's visibility: names for
 * all when {@code NAMED}; under {@code ANONYMOUS} the viewer's own units and those revealed by an
 * accepted introduction by name, others by label; under {@code AGGREGATE} only their own rows.
 */
final class UnitNaming {

    private final Visibility visibility;
    private final Map<Long, String> names;
    private final Map<Long, String> labels;
    private final Set<Long> ownUnits;
    private final Set<Long> revealed;

    UnitNaming(Visibility visibility, Map<Long, String> names, Map<Long, String> labels, Set<Long> ownUnits,
            Set<Long> revealed) {
        this.visibility = visibility;
        this.names = Map.copyOf(names);
        this.labels = Map.copyOf(labels);
        this.ownUnits = Set.copyOf(ownUnits);
        this.revealed = Set.copyOf(revealed);
    }

    String nameOf(long unitId) {
        var label = labels.getOrDefault(unitId, "?");
        if (visibility == Visibility.NAMED || ownUnits.contains(unitId) || revealed.contains(unitId)) {
            return names.getOrDefault(unitId, label);
        }
        return label;
    }

    /** Whether the viewer may see this unit's own row (its levels), not only distributions. */
    boolean showsRow(long unitId) {
        return visibility != Visibility.AGGREGATE || ownUnits.contains(unitId);
    }

    boolean isOwn(long unitId) {
        return ownUnits.contains(unitId);
    }

    boolean isNamed(long unitId) {
        return visibility == Visibility.NAMED || ownUnits.contains(unitId) || revealed.contains(unitId);
    }

    Visibility visibility() {
        return visibility;
    }
}
