package org.convene.community;

import java.util.List;

/** A community as its members see it, with the viewer's role. */
public record CommunityView(long id, String name, String purpose, String groundRules, List<String> unitTypes,
        long memberCount, Role myRole, int version) {
}
