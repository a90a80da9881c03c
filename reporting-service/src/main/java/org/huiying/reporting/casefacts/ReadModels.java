package org.huiying.reporting.casefacts;

import org.huiying.reporting.readmodel.ReadModelGenerations;
import org.springframework.stereotype.Component;

import java.util.List;

/** The read model queries read now, and the ones every event is written to. */
@Component
public class ReadModels {

    private final ReadModelGenerations generations;

    public ReadModels(ReadModelGenerations generations) {
        this.generations = generations;
    }

    public ReadModel active() {
        return of(generations.active());
    }

    /** Read on every event, so the generations and their layouts come from one read of the state. */
    public List<ReadModel> targets() {
        return generations.targetLayouts().entrySet().stream()
                .map(target -> ReadModel.of(generations.database(), target.getKey(), target.getValue())).toList();
    }

    public ReadModel of(int generation) {
        return ReadModel.of(generations.database(), generation, generations.layout(generation));
    }
}
