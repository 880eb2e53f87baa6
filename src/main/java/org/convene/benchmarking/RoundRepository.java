package org.convene.benchmarking;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface RoundRepository extends ListCrudRepository<BenchmarkRound, Long> {

    List<BenchmarkRound> findByCommunityIdOrderByOpensOnDesc(long communityId);

    List<BenchmarkRound> findByModelIdInOrderByOpensOn(java.util.Collection<Long> modelIds);

    boolean existsByModelId(long modelId);
}
