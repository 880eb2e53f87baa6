package org.convene.benchmarking;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface AssessmentRepository extends ListCrudRepository<UnitAssessment, Long> {

    Optional<UnitAssessment> findByRoundIdAndUnitId(long roundId, long unitId);

    List<UnitAssessment> findByRoundId(long roundId);
}
