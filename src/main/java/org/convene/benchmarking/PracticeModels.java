package org.convene.benchmarking;

import java.time.Clock;
import java.util.List;

import org.convene.web.InvalidInputException;
import org.convene.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writing and versioning a community's practice models. */
@Service
class PracticeModels {

    private final PracticeModelRepository models;
    private final RoundRepository rounds;
    private final Clock clock;

    PracticeModels(PracticeModelRepository models, RoundRepository rounds, Clock clock) {
        this.models = models;
        this.rounds = rounds;
        this.clock = clock;
    }

    @Transactional
    PracticeModel create(long communityId, ModelDraft draft) {
        checkDescriptors(draft);
        return models.save(PracticeModel.of(communityId, draft, clock.instant()));
    }

    /**
     * Edits the model in place while no round uses it; otherwise saves the edit as the model's
     * next version and leaves the used one as it was.
     */
    @Transactional
    PracticeModel revise(long communityId, long modelId, int expectedVersion, ModelDraft draft) {
        checkDescriptors(draft);
        var model = get(communityId, modelId);
        if (inUse(modelId)) {
            return models.save(model.nextVersion(draft, clock.instant()));
        }
        model.revise(draft, expectedVersion);
        return models.save(model);
    }

    @Transactional(readOnly = true)
    PracticeModel get(long communityId, long modelId) {
        return models.findById(modelId)
                .filter(model -> model.communityId() == communityId)
                .orElseThrow(() -> new NotFoundException("practice model"));
    }

    @Transactional(readOnly = true)
    PracticeModel get(long modelId) {
        return models.findById(modelId).orElseThrow(() -> new NotFoundException("practice model"));
    }

    @Transactional(readOnly = true)
    List<PracticeModel> list(long communityId) {
        return models.findByCommunityIdOrderByCreatedAtDesc(communityId);
    }

    @Transactional(readOnly = true)
    boolean inUse(long modelId) {
        return rounds.existsByModelId(modelId);
    }

    /** Every version of the model's line, oldest first, so that trends can span them. */
    @Transactional(readOnly = true)
    List<PracticeModel> lineage(PracticeModel model) {
        var line = new java.util.ArrayDeque<PracticeModel>();
        var current = model;
        line.addFirst(current);
        while (current.previousModelId() != null) {
            current = get(current.previousModelId());
            line.addFirst(current);
        }
        return List.copyOf(line);
    }

    private static void checkDescriptors(ModelDraft draft) {
        for (int i = 0; i < draft.dimensions().size(); i++) {
            if (draft.dimensions().get(i).descriptors().size() != draft.levels().size()) {
                throw new InvalidInputException("dimensions[" + i + "].descriptors", "model.descriptorsPerLevel");
            }
        }
    }
}
