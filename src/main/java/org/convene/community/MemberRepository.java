package org.convene.community;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface MemberRepository extends ListCrudRepository<Member, Long> {

    Optional<Member> findByCommunityIdAndAccountId(long communityId, long accountId);

    Optional<Member> findByIdAndCommunityId(long id, long communityId);

    List<Member> findByAccountId(long accountId);

    List<Member> findByCommunityId(long communityId);

    long countByCommunityId(long communityId);

    long countByCommunityIdAndRole(long communityId, Role role);

    boolean existsByUnitId(long unitId);
}
