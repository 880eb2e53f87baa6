package org.convene.community;

import org.jspecify.annotations.Nullable;

/**
 * One unit as the tree, the pages and the API show it: its place ({@code parentId}, null at the
 * top level), its name and type label, the version a form must carry back, and how many members
 * belong to it directly.
 */
record UnitNode(long id, @Nullable Long parentId, String name, String type, int version, long memberCount) {

    static UnitNode of(Unit unit, long memberCount) {
        return new UnitNode(unit.id(), unit.parentId(), unit.name(), unit.type(), unit.version(), memberCount);
    }

    boolean isTopLevel() {
        return parentId == null;
    }
}
