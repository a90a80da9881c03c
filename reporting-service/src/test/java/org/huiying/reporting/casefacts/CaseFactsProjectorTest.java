package org.huiying.reporting.casefacts;

import com.mongodb.client.MongoDatabase;
import org.huiying.contracts.IntegrationEvent;
import org.huiying.contracts.intake.PostReceived;
import org.huiying.contracts.routing.CaseAssigned;
import org.huiying.reporting.readmodel.ReadModelGenerations;
import org.huiying.support.test.InProcessMongoExtension;
import org.huiying.support.time.TimeProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiying.reporting.casefacts.CaseFactsFixture.DIPU;
import static org.huiying.reporting.casefacts.CaseFactsFixture.JIAOTONG;
import static org.huiying.reporting.casefacts.CaseFactsFixture.XIAOFENG;
import static org.huiying.reporting.casefacts.CaseFactsFixture.answerMissed;
import static org.huiying.reporting.casefacts.CaseFactsFixture.assigned;
import static org.huiying.reporting.casefacts.CaseFactsFixture.caseId;
import static org.huiying.reporting.casefacts.CaseFactsFixture.closed;
import static org.huiying.reporting.casefacts.CaseFactsFixture.postReceived;
import static org.huiying.reporting.casefacts.CaseFactsFixture.transferred;
import static org.huiying.reporting.casefacts.CaseFactsFixture.unitUpdated;

/** The projector on the Mongo-protocol server, fed contract events in the orders Kafka may deliver them. */
class CaseFactsProjectorTest {

    @RegisterExtension
    static final InProcessMongoExtension MONGO = new InProcessMongoExtension();

    private ReadModels models;
    private CaseFactsProjector projector;


    @BeforeEach
    void setUp() {
        MongoDatabase database = MONGO.freshDatabase("reporting");
        models = new ReadModels(new ReadModelGenerations(database));
        projector = new CaseFactsProjector(models, new TimeProperties(ZoneId.of("Asia/Shanghai")), new FigureChanges());
    }

    @Test
    void shouldCountTheCaseForItsUnitWhenThePostArrivesBeforeTheAssignment() {
        // given
        String caseId = caseId("t-88021");

        // when
        feed(postReceived(caseId), assigned(caseId, JIAOTONG));

        // then
        assertThat(summary(JIAOTONG)).isEqualTo(new UnitSummary(JIAOTONG, null, 1, 1, 0));
    }

    @Test
    void shouldCountTheCaseForItsUnitWhenTheAssignmentArrivesBeforeThePost() {
        // given
        String caseId = caseId("t-88021");

        // when
        feed(assigned(caseId, JIAOTONG), postReceived(caseId));

        // then
        assertThat(summary(JIAOTONG)).isEqualTo(new UnitSummary(JIAOTONG, null, 1, 1, 0));
    }

    @Test
    void shouldNotCountTheCaseYetWhenOnlyTheAssignmentHasArrived() {
        feed(assigned(caseId("t-88021"), JIAOTONG));

        assertThat(summaryOf(JIAOTONG)).isEmpty();
    }

    @Test
    void shouldCountTheCaseOnceWhenEveryEventIsRedelivered() {
        // given
        String caseId = caseId("t-88021");
        PostReceived post = postReceived(caseId);
        CaseAssigned assignment = assigned(caseId, JIAOTONG);

        // when
        feed(post, assignment, post, assignment, assignment);

        // then
        assertThat(summary(JIAOTONG)).isEqualTo(new UnitSummary(JIAOTONG, null, 1, 1, 0));
    }

    @Test
    void shouldCountEachCaseOfTheUnitWhenSeveralCasesArrive() {
        String first = caseId("t-88021");
        String second = caseId("t-88022");
        String elsewhere = caseId("t-88023");

        feed(postReceived(first), assigned(first, JIAOTONG), assigned(second, JIAOTONG), postReceived(second),
                postReceived(elsewhere), assigned(elsewhere, XIAOFENG));

        assertThat(summary(JIAOTONG)).isEqualTo(new UnitSummary(JIAOTONG, null, 2, 2, 0));
        assertThat(summary(XIAOFENG)).isEqualTo(new UnitSummary(XIAOFENG, null, 1, 1, 0));
    }

    @Test
    void shouldMoveTheCaseToTheNewUnitWhenItIsTransferred() {
        // given
        String caseId = caseId("t-88021");
        feed(postReceived(caseId), assigned(caseId, DIPU));

        // when
        feed(transferred(caseId, DIPU, JIAOTONG));

        // then
        assertThat(summary(DIPU)).isEqualTo(new UnitSummary(DIPU, null, 0, 0, 0));
        assertThat(summary(JIAOTONG)).isEqualTo(new UnitSummary(JIAOTONG, null, 1, 1, 0));
    }

    @Test
    void shouldKeepTheCaseWithTheNewUnitWhenTheOriginalAssignmentIsRedeliveredAfterTheTransfer() {
        // given
        String caseId = caseId("t-88021");
        CaseAssigned assignment = assigned(caseId, DIPU);
        feed(postReceived(caseId), assignment, transferred(caseId, DIPU, JIAOTONG));

        // when
        feed(assignment);

        // then
        assertThat(summary(DIPU)).isEqualTo(new UnitSummary(DIPU, null, 0, 0, 0));
        assertThat(summary(JIAOTONG)).isEqualTo(new UnitSummary(JIAOTONG, null, 1, 1, 0));
    }

    @Test
    void shouldCountTheCaseForTheLastUnitWhenTheTransferArrivesBeforeThePost() {
        String caseId = caseId("t-88021");

        feed(assigned(caseId, DIPU), transferred(caseId, DIPU, JIAOTONG), postReceived(caseId));

        assertThat(summaryOf(DIPU)).isEmpty();
        assertThat(summary(JIAOTONG)).isEqualTo(new UnitSummary(JIAOTONG, null, 1, 1, 0));
    }

    @Test
    void shouldCountTheCaseAsOverdueWhenItsAnswerDeadlineIsMissed() {
        // given
        String caseId = caseId("t-88021");
        feed(postReceived(caseId), assigned(caseId, JIAOTONG));

        // when
        feed(answerMissed(caseId, JIAOTONG));

        // then
        assertThat(summary(JIAOTONG)).isEqualTo(new UnitSummary(JIAOTONG, null, 1, 1, 1));
    }

    @Test
    void shouldCountTheCaseAsOverdueOnceWhenTheMissedDeadlineIsRedelivered() {
        String caseId = caseId("t-88021");
        var missed = answerMissed(caseId, JIAOTONG);

        feed(postReceived(caseId), assigned(caseId, JIAOTONG), missed, missed);

        assertThat(summary(JIAOTONG)).isEqualTo(new UnitSummary(JIAOTONG, null, 1, 1, 1));
    }

    @Test
    void shouldNoLongerCountTheCaseAsOpenOrOverdueWhenItIsClosed() {
        String caseId = caseId("t-88021");

        feed(postReceived(caseId), assigned(caseId, JIAOTONG), answerMissed(caseId, JIAOTONG), closed(caseId));

        assertThat(summary(JIAOTONG)).isEqualTo(new UnitSummary(JIAOTONG, null, 1, 0, 0));
    }

    @Test
    void shouldIgnoreThemWhenEventsAreNotAboutACase() {
        feed(unitUpdated(JIAOTONG, "县交通运输局"));

        assertThat(summaryOf(JIAOTONG)).isEmpty();
    }

    private void feed(IntegrationEvent... events) {
        for (IntegrationEvent event : events) {
            projector.apply(event);
        }
    }

    private Optional<UnitSummary> summaryOf(String unitId) {
        return Optional.ofNullable(models.active().figures().find(List.of(FigureDocuments.allTimeId(unitId)))
                .get(FigureDocuments.allTimeId(unitId))).map(sets -> new UnitSummary(unitId, null,
                sets.get(Figure.RECEIVED).size(), sets.get(Figure.OPEN).size(), sets.get(Figure.OVERDUE).size()));
    }

    private UnitSummary summary(String unitId) {
        return summaryOf(unitId).orElseThrow(() -> new AssertionError("no figures for " + unitId));
    }
}
