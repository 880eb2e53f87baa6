package org.convene.community;

import org.jspecify.annotations.Nullable;

/**
 * A change to an existing unit, read at {@code version}: a new name and/or type (null keeps the
 * current one) and, when {@code move} is set, a new parent ({@code null} for the top level).
 */
record UnitEdit(int version, @Nullable String name, @Nullable String type, boolean move, @Nullable Long parentId) {

    static UnitEdit rename(int version, String name, String type) {
        return new UnitEdit(version, name, type, false, null);
    }

    static UnitEdit moveTo(int version, @Nullable Long parentId) {
        return new UnitEdit(version, null, null, true, parentId);
    }
}
