package org.convene.community;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/** A unit as a choice in a select: in tree order, with its depth for indentation. */
record UnitOption(long id, String name, String type, int depth) {

    /** The label of the option, indented by depth so that the tree shows in a plain select. */
    public String label() {
        return "\u2003".repeat(depth) + name;
    }

    public boolean topLevel() {
        return depth == 0;
    }

    static List<UnitOption> tree(List<Unit> units) {
        Map<@Nullable Long, List<Unit>> byParent = units.stream()
                .collect(Collectors.groupingBy(unit -> unit.parentId() == null ? -1L : unit.parentId()));
        var options = new ArrayList<UnitOption>();
        var ids = units.stream().map(Unit::id).collect(Collectors.toSet());
        // Roots, and units whose parent is missing (should not happen), start the walk.
        units.stream()
                .filter(unit -> unit.parentId() == null || !ids.contains(unit.parentId()))
                .sorted(Comparator.comparing(Unit::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(root -> walk(root, 0, byParent, options, new java.util.HashSet<>()));
        return options;
    }

    private static void walk(Unit unit, int depth, Map<@Nullable Long, List<Unit>> byParent,
            List<UnitOption> options, java.util.Set<Long> visited) {
        if (!visited.add(unit.id())) {
            return;
        }
        options.add(new UnitOption(unit.id(), unit.name(), unit.type(), depth));
        byParent.getOrDefault(unit.id(), List.of()).stream()
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(Unit::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(child -> walk(child, depth + 1, byParent, options, visited));
    }
}
