package org.convene.community;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface UnitRepository extends ListCrudRepository<Unit, Long> {

    List<Unit> findByCommunityIdOrderByName(long communityId);

    Optional<Unit> findByIdAndCommunityId(long id, long communityId);

    boolean existsByParentId(long parentId);
}
