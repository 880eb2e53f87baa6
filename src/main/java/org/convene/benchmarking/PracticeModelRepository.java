package org.convene.benchmarking;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface PracticeModelRepository extends ListCrudRepository<PracticeModel, Long> {

    List<PracticeModel> findByCommunityIdOrderByCreatedAtDesc(long communityId);
}
