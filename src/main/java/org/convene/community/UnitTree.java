package org.convene.community;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A community's units as a tree, built from a flat list; no Spring, so the rules of the tree
 * (where a unit may move, what lies beneath it) are tested on their own.
 *
 * <p>Siblings are ordered by name. The tree is built defensively: a unit whose parent is not in
 * the list is shown at the top level, and a cycle already in the data (which the rules here
 * prevent, but a database could still hold) never makes a walk run forever.
 */
final class UnitTree {

    private static final Comparator<UnitNode> BY_NAME = Comparator
            .comparing((UnitNode node) -> node.name().toLowerCase(Locale.ROOT))
            .thenComparing(UnitNode::id);

    private final Map<Long, UnitNode> byId;
    private final Map<Long, List<UnitNode>> childrenById;
    private final List<Branch> roots;
    private final List<Row> rows;

    private UnitTree(Collection<UnitNode> units) {
        byId = new LinkedHashMap<>();
        units.forEach(unit -> byId.put(unit.id(), unit));
        childrenById = new HashMap<>();
        var topLevel = new ArrayList<UnitNode>();
        for (var unit : byId.values()) {
            var parentId = unit.parentId();
            if (parentId == null || !byId.containsKey(parentId) || parentId == unit.id()) {
                topLevel.add(unit);
            } else {
                childrenById.computeIfAbsent(parentId, id -> new ArrayList<>()).add(unit);
            }
        }
        childrenById.values().forEach(children -> children.sort(BY_NAME));
        topLevel.sort(BY_NAME);
        var visited = new HashSet<Long>();
        var builtRoots = new ArrayList<Branch>();
        var builtRows = new ArrayList<Row>();
        for (var unit : topLevel) {
            builtRoots.add(branch(unit, 0, visited, builtRows));
        }
        // Units caught in a cycle of the stored data are unreachable from the top: show them there.
        for (var unit : byId.values()) {
            if (!visited.contains(unit.id())) {
                builtRoots.add(branch(unit, 0, visited, builtRows));
            }
        }
        roots = List.copyOf(builtRoots);
        rows = List.copyOf(builtRows);
    }

    static UnitTree of(Collection<UnitNode> units) {
        return new UnitTree(units);
    }

    static UnitTree empty() {
        return new UnitTree(List.of());
    }

    private Branch branch(UnitNode unit, int depth, Set<Long> visited, List<Row> rowsOut) {
        visited.add(unit.id());
        rowsOut.add(new Row(unit, depth));
        var children = new ArrayList<Branch>();
        long total = unit.memberCount();
        for (var child : childrenById.getOrDefault(unit.id(), List.of())) {
            if (!visited.contains(child.id())) {
                var childBranch = branch(child, depth + 1, visited, rowsOut);
                children.add(childBranch);
                total += childBranch.totalMembers();
            }
        }
        return new Branch(unit, depth, List.copyOf(children), total);
    }

    /** The top-level units, each with its descendants. */
    public List<Branch> roots() {
        return roots;
    }

    /** Every unit once, depth first, siblings by name: the order of an indented select box. */
    public List<Row> rows() {
        return rows;
    }

    public int size() {
        return byId.size();
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    Optional<UnitNode> find(long unitId) {
        return Optional.ofNullable(byId.get(unitId));
    }

    boolean contains(long unitId) {
        return byId.containsKey(unitId);
    }

    /** The units directly beneath a unit, or the top-level units for {@code null}. */
    List<UnitNode> children(@Nullable Long parentId) {
        if (parentId == null) {
            return roots.stream().map(Branch::unit).toList();
        }
        return Collections.unmodifiableList(childrenById.getOrDefault(parentId, List.of()));
    }

    /**
     * The unit and all units beneath it, the unit first; empty when the unit is not in the tree.
     */
    Set<Long> subtreeIds(long unitId) {
        if (!byId.containsKey(unitId)) {
            return Set.of();
        }
        var ids = new LinkedHashSet<Long>();
        var pending = new ArrayList<Long>();
        pending.add(unitId);
        while (!pending.isEmpty()) {
            var id = pending.remove(pending.size() - 1);
            if (ids.add(id)) {
                childrenById.getOrDefault(id, List.of()).forEach(child -> pending.add(child.id()));
            }
        }
        return Collections.unmodifiableSet(ids);
    }

    /**
     * Whether putting {@code unitId} under {@code newParentId} would close a loop: a unit cannot
     * sit under itself or under any unit beneath it. The top level ({@code null}) never loops.
     */
    boolean wouldCreateCycle(long unitId, @Nullable Long newParentId) {
        return newParentId != null && subtreeIds(unitId).contains(newParentId);
    }

    /** Where a unit may move: every unit outside its own subtree, in tree order. */
    List<Row> placesFor(long unitId) {
        var excluded = subtreeIds(unitId);
        return rows.stream().filter(row -> !excluded.contains(row.unit().id())).toList();
    }

    /** The units from the top of the tree down to this one (inclusive); empty when unknown. */
    List<UnitNode> path(long unitId) {
        var path = new ArrayList<UnitNode>();
        var seen = new HashSet<Long>();
        var current = byId.get(unitId);
        while (current != null && seen.add(current.id())) {
            path.add(0, current);
            var parentId = current.parentId();
            current = parentId == null ? null : byId.get(parentId);
        }
        return List.copyOf(path);
    }

    /** How deep a unit sits (0 at the top level), or -1 when it is not in the tree. */
    int depth(long unitId) {
        return path(unitId).size() - 1;
    }

    /**
     * Whether another unit under the same parent already has this name (compared without regard
     * to case or surrounding spaces); {@code exceptId} is the unit being renamed or moved.
     */
    boolean nameTaken(@Nullable Long parentId, String name, @Nullable Long exceptId) {
        var wanted = name.strip().toLowerCase(Locale.ROOT);
        return byId.values().stream()
                .filter(unit -> Objects.equals(unit.parentId(), parentId))
                .filter(unit -> exceptId == null || unit.id() != exceptId)
                .anyMatch(unit -> unit.name().toLowerCase(Locale.ROOT).equals(wanted));
    }

    /** A unit with what lies beneath it; {@code totalMembers} counts the members of the whole subtree. */
    record Branch(UnitNode unit, int depth, List<Branch> children, long totalMembers) {

        public boolean isEmpty() {
            return children.isEmpty() && unit.memberCount() == 0;
        }
    }

    /** A unit in tree order with its depth, for indented lists and select boxes. */
    record Row(UnitNode unit, int depth) {

        /** Non-breaking spaces that indent an option by depth (select boxes ignore padding). */
        public String indent() {
            return "\u00a0\u00a0\u00a0".repeat(depth);
        }
    }
}
