package org.convene.community;

import java.util.List;
import java.util.Map;

/**
 * The demo community exists (start-up with {@code --convene.demo=true}); other modules add
 * their own demo data to it (cases, clinics, benchmarking rounds).
 *
 * @param memberIdsByEmail the demo members, by their sign-in email
 * @param unitIdsByName every unit of the demo tree, by name
 * @param teamUnitNames the units at the bottom of the tree, which assess themselves in benchmarking
 */
public record DemoCommunitySeeded(long communityId, Map<String, Long> memberIdsByEmail,
        Map<String, Long> unitIdsByName, List<String> teamUnitNames) {
}
