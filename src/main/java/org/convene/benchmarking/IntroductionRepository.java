package org.convene.benchmarking;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface IntroductionRepository extends ListCrudRepository<Introduction, Long> {

    List<Introduction> findByRoundId(long roundId);

    Optional<Introduction> findByRoundIdAndUnitAAndUnitB(long roundId, long unitA, long unitB);
}
