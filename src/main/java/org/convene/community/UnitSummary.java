package org.convene.community;

import org.jspecify.annotations.Nullable;

/** A unit as other modules see it. */
public record UnitSummary(long id, @Nullable Long parentId, String name, String type) {
}
