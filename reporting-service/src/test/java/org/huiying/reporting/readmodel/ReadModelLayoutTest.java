package org.huiying.reporting.readmodel;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.huiying.reporting.casefacts.CaseFactsFixture;
import org.huiying.reporting.casefacts.CaseFactsProjector;
import org.huiying.reporting.casefacts.Figure;
import org.huiying.reporting.casefacts.FigureChanges;
import org.huiying.reporting.casefacts.FigureDocuments;
import org.huiying.reporting.casefacts.ReadModels;
import org.huiying.support.test.InProcessMongoExtension;
import org.huiying.support.time.TimeProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which layout each generation of reporting's read model is read in, and that both layouts give the same figures. */
class ReadModelLayoutTest {

    private static final Instant POSTED = Instant.parse("2025-03-03T01:00:00Z");

    @RegisterExtension
    static final InProcessMongoExtension MONGO = new InProcessMongoExtension();
    private MongoDatabase database;


    @BeforeEach
    void freshDatabase() {
        database = MONGO.freshDatabase("reporting");
    }

    @Test
    void shouldWriteTheCurrentLayoutWhenTheStoreIsNew() {
        ReadModelGenerations generations = new ReadModelGenerations(database);

        assertThat(generations.layout(generations.active())).isEqualTo(ReadModelGenerations.CURRENT_LAYOUT);
        assertThat(generations.layout(generations.begin())).isEqualTo(ReadModelGenerations.CURRENT_LAYOUT);
    }

    @Test
    void shouldReadTheFirstLayoutWhenTheStoreWasWrittenByAnEarlierVersionWithoutAState() {
        // given figures written before generations were recorded
        database.getCollection("g1_unit_figures").insertOne(new Document("_id", "dipu|all")
                .append("received", List.of("anji-bbs:t-1", "anji-bbs:t-2")));

        // when
        ReadModelGenerations generations = new ReadModelGenerations(database);

        // then
        assertThat(generations.layout(1)).isEqualTo(ReadModelGenerations.FIRST_LAYOUT);
        assertThat(new ReadModels(generations).active().figures().find(List.of(FigureDocuments.allTimeId("dipu"))))
                .extractingByKey("dipu|all").extracting(sets -> sets.get(Figure.RECEIVED))
                .isEqualTo(List.of("anji-bbs:t-1", "anji-bbs:t-2"));
    }

    @Test
    void shouldReadTheFirstLayoutWhenAnEarlierVersionRebuiltIntoALaterGeneration() {
        // given the state an earlier version saved after one rebuild
        database.getCollection("read_model_generations").insertOne(new Document("_id", "generations")
                .append("active", 2).append("building", null).append("highest", 2));

        // when
        ReadModelGenerations generations = new ReadModelGenerations(database);

        // then
        assertThat(generations.layout(2)).isEqualTo(ReadModelGenerations.FIRST_LAYOUT);
        assertThat(generations.layout(generations.begin())).isEqualTo(ReadModelGenerations.CURRENT_LAYOUT);
    }

    @Test
    void shouldCountTheSameFiguresInBothLayouts() {
        // given the same events projected into a first-layout store and a new one
        Map<Figure, Integer> first = countsAfterProjecting(storeInFirstLayout());
        Map<Figure, Integer> current = countsAfterProjecting(new ReadModelGenerations(
                MONGO.freshDatabase("reporting")));

        // then
        assertThat(current).isEqualTo(first).containsEntry(Figure.RECEIVED, 30).containsEntry(Figure.ACKNOWLEDGED, 10);
    }

    private ReadModelGenerations storeInFirstLayout() {
        database.getCollection("g1_case_facts").insertOne(new Document("_id", "placeholder"));
        ReadModelGenerations generations = new ReadModelGenerations(database);
        assertThat(generations.layout(1)).isEqualTo(ReadModelGenerations.FIRST_LAYOUT);
        return generations;
    }

    private static Map<Figure, Integer> countsAfterProjecting(ReadModelGenerations generations) {
        ReadModels models = new ReadModels(generations);
        CaseFactsProjector projector = new CaseFactsProjector(models, new TimeProperties(ZoneId.of("Asia/Shanghai")),
                new FigureChanges());
        for (int i = 0; i < 30; i++) {
            String caseId = "anji-bbs:t-" + (5000 + i);
            projector.apply(CaseFactsFixture.postedAt(caseId, POSTED.plusSeconds(600L * i), "递铺论坛", "路灯不亮"));
            projector.apply(CaseFactsFixture.assignedAt(caseId, CaseFactsFixture.DIPU, POSTED.plusSeconds(600L * i)));
            if (i % 3 == 0) {
                projector.apply(CaseFactsFixture.acknowledged(caseId, CaseFactsFixture.DIPU,
                        POSTED.plusSeconds(600L * i + 3600)));
            }
        }
        Map<Figure, List<String>> sets = models.active().figures()
                .find(List.of(FigureDocuments.monthId(CaseFactsFixture.DIPU, YearMonth.of(2025, 3))))
                .get(FigureDocuments.monthId(CaseFactsFixture.DIPU, YearMonth.of(2025, 3)));
        return Map.of(Figure.RECEIVED, sets.get(Figure.RECEIVED).size(),
                Figure.ACKNOWLEDGED, sets.get(Figure.ACKNOWLEDGED).size());
    }
}
