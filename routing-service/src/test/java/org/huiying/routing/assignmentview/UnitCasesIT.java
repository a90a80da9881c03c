package org.huiying.routing.assignmentview;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.huiying.support.test.InProcessMongoExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A unit's current cases on the Mongo-protocol server, as the assignment view keeps them. */
class UnitCasesIT {

    private static final Instant MONDAY = Instant.parse("2026-03-02T01:15:00Z");

    @RegisterExtension
    static final InProcessMongoExtension MONGO = new InProcessMongoExtension();
    private MongoDatabase database;
    private UnitCases unitCases;


    @BeforeEach
    void freshDatabase() {
        database = MONGO.freshDatabase("routing");
        unitCases = new UnitCases(database);
    }

    @Test
    void shouldListEveryCurrentCaseOfTheUnitOldestFirstWhenTheyFillManyBuckets() {
        // given 200 cases placed newest first
        List<UnitCase> placed = IntStream.range(0, 200).mapToObj(i -> new UnitCase("anji-bbs:t-" + (1000 + i),
                UnitCasePlacement.LEAD, MONDAY.plusSeconds(60L * i), false)).toList();
        for (int i = placed.size() - 1; i >= 0; i--) {
            unitCases.put("dipu", placed.get(i));
        }

        // when
        List<UnitCase> listed = unitCases.of("dipu");

        // then
        assertThat(listed).containsExactlyElementsOf(placed);
        assertThat(database.getCollection(UnitCases.COLLECTION).countDocuments()).isEqualTo(UnitCases.BUCKETS);
        assertThat(unitCases.of("xiaofeng")).isEmpty();
    }

    @Test
    void shouldKeepOneEntryPerCaseWhenTheCaseIsPlacedAgainWithAnotherRole() {
        // given
        unitCases.put("dipu", new UnitCase("anji-bbs:t-2001", UnitCasePlacement.CO_UNIT, MONDAY, false));

        // when the unit becomes lead of the same case, and the same placement is redelivered
        UnitCase lead = new UnitCase("anji-bbs:t-2001", UnitCasePlacement.LEAD, MONDAY.plusSeconds(3600), true);
        unitCases.put("dipu", lead);
        unitCases.put("dipu", lead);

        // then
        assertThat(unitCases.of("dipu")).containsExactly(lead);
    }

    @Test
    void shouldTakeOnlyThatCaseOffTheUnitsListWhenItLeaves() {
        // given
        unitCases.put("dipu", new UnitCase("anji-bbs:t-3001", UnitCasePlacement.LEAD, MONDAY, false));
        unitCases.put("dipu", new UnitCase("anji-bbs:t-3002", UnitCasePlacement.LEAD, MONDAY.plusSeconds(60), false));
        unitCases.put("jiaotong", new UnitCase("anji-bbs:t-3001", UnitCasePlacement.CO_UNIT, MONDAY, false));

        // when
        unitCases.remove("dipu", "anji-bbs:t-3001");
        unitCases.remove("dipu", "anji-bbs:t-9999");

        // then
        assertThat(unitCases.of("dipu")).extracting(UnitCase::caseId).containsExactly("anji-bbs:t-3002");
        assertThat(unitCases.of("jiaotong")).extracting(UnitCase::caseId).containsExactly("anji-bbs:t-3001");
    }

    @Test
    void shouldKeepTheCasesOfAStoreWrittenWithOneDocumentPerUnitWhenTheServiceStarts() {
        // given the earlier layout: the unit's whole list in one document
        UnitCase first = new UnitCase("anji-bbs:t-4001", UnitCasePlacement.LEAD, MONDAY, false);
        UnitCase second = new UnitCase("anji-bbs:t-4002", UnitCasePlacement.CO_UNIT, MONDAY.plusSeconds(60), true);
        List<Document> entries = new ArrayList<>(List.of(ViewDocuments.toDocument(first.caseId(), first),
                ViewDocuments.toDocument(second.caseId(), second)));
        database.getCollection(UnitCases.EARLIER_COLLECTION).insertOne(new Document("_id", "dipu")
                .append("cases", entries));

        // when
        unitCases.moveEarlierLayout();

        // then
        assertThat(unitCases.of("dipu")).containsExactly(first, second);
        assertThat(database.listCollectionNames().into(new ArrayList<>())).doesNotContain(UnitCases.EARLIER_COLLECTION);
    }
}
