package org.huiying.reporting.casefacts;

import org.huiying.contracts.IntegrationEvent;
import org.huiying.contracts.intake.Satisfaction;
import org.huiying.contracts.sla.DeadlineKind;
import org.huiying.contracts.sla.EscalationStep;
import org.huiying.reporting.readmodel.ReadModelGenerations;
import org.huiying.support.test.InProcessMongoExtension;
import org.huiying.support.time.TimeProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiying.reporting.casefacts.CaseFactsFixture.DIPU;
import static org.huiying.reporting.casefacts.CaseFactsFixture.JIAOTONG;
import static org.huiying.reporting.casefacts.CaseFactsFixture.acknowledged;
import static org.huiying.reporting.casefacts.CaseFactsFixture.answered;
import static org.huiying.reporting.casefacts.CaseFactsFixture.assignedAt;
import static org.huiying.reporting.casefacts.CaseFactsFixture.closedAt;
import static org.huiying.reporting.casefacts.CaseFactsFixture.escalated;
import static org.huiying.reporting.casefacts.CaseFactsFixture.extended;
import static org.huiying.reporting.casefacts.CaseFactsFixture.implemented;
import static org.huiying.reporting.casefacts.CaseFactsFixture.met;
import static org.huiying.reporting.casefacts.CaseFactsFixture.missed;
import static org.huiying.reporting.casefacts.CaseFactsFixture.postedAt;
import static org.huiying.reporting.casefacts.CaseFactsFixture.rated;
import static org.huiying.reporting.casefacts.CaseFactsFixture.reopened;
import static org.huiying.reporting.casefacts.CaseFactsFixture.returned;
import static org.huiying.reporting.casefacts.CaseFactsFixture.transferredAt;
import static org.huiying.reporting.casefacts.Figure.ACKNOWLEDGED;
import static org.huiying.reporting.casefacts.Figure.ACKNOWLEDGED_ON_TIME;
import static org.huiying.reporting.casefacts.Figure.ANSWERED;
import static org.huiying.reporting.casefacts.Figure.ANSWERED_ON_TIME;
import static org.huiying.reporting.casefacts.Figure.BASICALLY_SATISFIED;
import static org.huiying.reporting.casefacts.Figure.DISSATISFIED;
import static org.huiying.reporting.casefacts.Figure.EXTENDED;
import static org.huiying.reporting.casefacts.Figure.IMPLEMENTED;
import static org.huiying.reporting.casefacts.Figure.OPEN;
import static org.huiying.reporting.casefacts.Figure.OVERDUE;
import static org.huiying.reporting.casefacts.Figure.PUBLICLY_NOTIFIED;
import static org.huiying.reporting.casefacts.Figure.RATED;
import static org.huiying.reporting.casefacts.Figure.RECEIVED;
import static org.huiying.reporting.casefacts.Figure.RETURNED;
import static org.huiying.reporting.casefacts.Figure.SATISFIED;
import static org.huiying.reporting.casefacts.Figure.SUPERVISED;
import static org.huiying.reporting.casefacts.Figure.URGED;

/**
 * Each assessment figure of one case, computed by hand from the events: a case posted on Monday 3 March 2025 at
 * 09:00 in Anji (01:00 UTC), response due 24 h later, answer due three working days later (Thursday 6 March).
 */
class FigureProjectionTest {

    static final YearMonth MARCH = YearMonth.of(2025, 3);
    static final Instant POSTED = Instant.parse("2025-03-03T01:00:00Z");
    static final Instant RESPONSE_DUE = Instant.parse("2025-03-04T01:00:00Z");
    static final Instant ANSWER_DUE = Instant.parse("2025-03-06T01:00:00Z");
    static final Instant EXTENDED_DUE = Instant.parse("2025-03-11T01:00:00Z");

    @RegisterExtension
    static final InProcessMongoExtension MONGO = new InProcessMongoExtension();

    private ReadModels models;
    private CaseFactsProjector projector;
    private final String caseId = "anji-bbs:t-" + UUID.randomUUID();


    @BeforeEach
    void setUp() {
        models = new ReadModels(new ReadModelGenerations(MONGO.freshDatabase("reporting")));
        projector = new CaseFactsProjector(models, new TimeProperties(ZoneId.of("Asia/Shanghai")), new FigureChanges());
    }

    @Test
    void shouldCountEveryOutcomeFigureWhenACaseIsHandledOnTimeAndRatedSatisfied() {
        feed(handledOnTime());

        assertThat(figures(JIAOTONG, MARCH)).isEqualTo(EnumSet.of(RECEIVED, ACKNOWLEDGED, ACKNOWLEDGED_ON_TIME,
                ANSWERED, ANSWERED_ON_TIME, RATED, SATISFIED, IMPLEMENTED));
    }

    @Test
    void shouldCountTheSameFiguresWhenTheTopicsArriveInAnyOrder() {
        // given
        List<IntegrationEvent> events = handledOnTime();
        Set<Figure> expected = EnumSet.of(RECEIVED, ACKNOWLEDGED, ACKNOWLEDGED_ON_TIME, ANSWERED, ANSWERED_ON_TIME,
                RATED, SATISFIED, IMPLEMENTED);
        Random random = new Random(7);

        for (int round = 0; round < 5; round++) {
            // when
            setUp();
            List<IntegrationEvent> shuffled = new ArrayList<>(events);
            Collections.shuffle(shuffled, random);
            feed(shuffled);

            // then
            assertThat(figures(JIAOTONG, MARCH)).as("order %s", shuffled).isEqualTo(expected);
        }
    }

    @Test
    void shouldCountNothingTwiceWhenEveryEventIsRedelivered() {
        // given
        List<IntegrationEvent> events = handledOnTime();

        // when
        feed(events);
        feed(events);
        List<IntegrationEvent> reversed = new ArrayList<>(events);
        Collections.reverse(reversed);
        feed(reversed);

        // then
        Map<Figure, List<String>> sets = sets(FigureDocuments.monthId(JIAOTONG, MARCH));
        assertThat(sets.get(RECEIVED)).containsExactly(caseId);
        assertThat(sets.get(ANSWERED_ON_TIME)).containsExactly(caseId);
        assertThat(sets.get(SATISFIED)).containsExactly(caseId);
    }

    @Test
    void shouldCountTheAnswerOnTimeAgainstTheExtendedDeadlineWhenAnExtensionWasGranted() {
        // given: the answer comes on Monday 10 March, after the first deadline but before the extended one
        Instant answeredAt = Instant.parse("2025-03-10T03:00:00Z");

        // when
        feed(postedAt(caseId, POSTED, "交通论坛", "红绿灯"), assignedAt(caseId, JIAOTONG, POSTED.plusSeconds(60)),
                extended(caseId, JIAOTONG, Instant.parse("2025-03-05T02:00:00Z"), ANSWER_DUE, EXTENDED_DUE),
                answered(caseId, JIAOTONG, answeredAt), met(caseId, JIAOTONG, DeadlineKind.ANSWER, EXTENDED_DUE,
                        answeredAt));

        // then
        assertThat(figures(JIAOTONG, MARCH)).isEqualTo(EnumSet.of(RECEIVED, ACKNOWLEDGED, ANSWERED,
                ANSWERED_ON_TIME, EXTENDED, OPEN));
    }

    @Test
    void shouldNotCountTheAnswerOnTimeWhenSlaRecordedTheDeadlineAsMissed() {
        Instant lateAnswer = Instant.parse("2025-03-07T02:00:00Z");

        feed(postedAt(caseId, POSTED, "交通论坛", "红绿灯"), assignedAt(caseId, JIAOTONG, POSTED.plusSeconds(60)),
                missed(caseId, JIAOTONG, DeadlineKind.RESPONSE, RESPONSE_DUE),
                missed(caseId, JIAOTONG, DeadlineKind.ANSWER, ANSWER_DUE), answered(caseId, JIAOTONG, lateAnswer));

        assertThat(figures(JIAOTONG, MARCH)).isEqualTo(EnumSet.of(RECEIVED, ACKNOWLEDGED, ANSWERED, OPEN));
    }

    @Test
    void shouldKeepTheAnswerOnTimeWhenOnlyAProgressUpdateWasMissedBeforeIt() {
        Instant answeredAt = ANSWER_DUE.minusSeconds(3600);

        feed(postedAt(caseId, POSTED, "交通论坛", "红绿灯"), assignedAt(caseId, JIAOTONG, POSTED.plusSeconds(60)),
                met(caseId, JIAOTONG, DeadlineKind.ANSWER, ANSWER_DUE, answeredAt),
                answered(caseId, JIAOTONG, answeredAt),
                missed(caseId, JIAOTONG, DeadlineKind.PROGRESS, ANSWER_DUE.plusSeconds(86_400)));

        assertThat(figures(JIAOTONG, MARCH)).isEqualTo(EnumSet.of(RECEIVED, ACKNOWLEDGED, ANSWERED,
                ANSWERED_ON_TIME, OPEN));
    }

    @Test
    void shouldCountTheCaseOverdueWhileTheMissedAnswerIsStillOutstanding() {
        feed(postedAt(caseId, POSTED, "交通论坛", "红绿灯"), assignedAt(caseId, JIAOTONG, POSTED.plusSeconds(60)),
                acknowledged(caseId, JIAOTONG, POSTED.plusSeconds(3600)),
                missed(caseId, JIAOTONG, DeadlineKind.ANSWER, ANSWER_DUE),
                escalated(caseId, JIAOTONG, EscalationStep.WARNING, ANSWER_DUE.minusSeconds(3600)),
                escalated(caseId, JIAOTONG, EscalationStep.SUPERVISE, ANSWER_DUE),
                escalated(caseId, JIAOTONG, EscalationStep.PUBLIC_NOTICE, ANSWER_DUE.plusSeconds(86_400)));

        assertThat(figures(JIAOTONG, MARCH)).isEqualTo(EnumSet.of(RECEIVED, ACKNOWLEDGED, OPEN, OVERDUE, SUPERVISED,
                PUBLICLY_NOTIFIED));
    }

    @Test
    void shouldMoveTheCaseToTheNewLeadUnitButLeaveTheUrgeWithTheUnitUrgedWhenItIsTransferred() {
        // given: dipu never responded and was urged; the office transferred the case to jiaotong
        Instant transferAt = RESPONSE_DUE.plusSeconds(7200);
        feed(postedAt(caseId, POSTED, "递铺论坛", "红绿灯"), assignedAt(caseId, DIPU, POSTED.plusSeconds(60)),
                missed(caseId, DIPU, DeadlineKind.RESPONSE, RESPONSE_DUE),
                escalated(caseId, DIPU, EscalationStep.URGE, RESPONSE_DUE));

        // when
        feed(transferredAt(caseId, DIPU, JIAOTONG, transferAt), acknowledged(caseId, JIAOTONG, transferAt.plusSeconds(60)),
                met(caseId, JIAOTONG, DeadlineKind.RESPONSE, transferAt.plusSeconds(86_400), transferAt.plusSeconds(60)));

        // then
        assertThat(figures(DIPU, MARCH)).isEqualTo(EnumSet.of(URGED));
        assertThat(figures(JIAOTONG, MARCH)).isEqualTo(EnumSet.of(RECEIVED, ACKNOWLEDGED, ACKNOWLEDGED_ON_TIME, OPEN));
        assertThat(sets(FigureDocuments.allTimeId(DIPU)).get(RECEIVED)).isEmpty();
    }

    @Test
    void shouldKeepTheCaseWithTheLaterUnitWhenTheTransferArrivesBeforeTheOriginalAssignment() {
        feed(transferredAt(caseId, DIPU, JIAOTONG, POSTED.plusSeconds(7200)), postedAt(caseId, POSTED, "递铺论坛", "红绿灯"),
                assignedAt(caseId, DIPU, POSTED.plusSeconds(60)));

        assertThat(figures(DIPU, MARCH)).isEmpty();
        assertThat(figures(JIAOTONG, MARCH)).isEqualTo(EnumSet.of(RECEIVED, OPEN));
    }

    @Test
    void shouldCountTheReturnForTheReturningUnitAndTheCaseForTheUnitItIsDispatchedToNext() {
        feed(postedAt(caseId, POSTED, "递铺论坛", "红绿灯"), assignedAt(caseId, DIPU, POSTED.plusSeconds(60)),
                returned(caseId, DIPU, POSTED.plusSeconds(3600)), assignedAt(caseId, JIAOTONG, POSTED.plusSeconds(7200)));

        assertThat(figures(DIPU, MARCH)).isEqualTo(EnumSet.of(RETURNED));
        assertThat(figures(JIAOTONG, MARCH)).isEqualTo(EnumSet.of(RECEIVED, OPEN));
    }

    @Test
    void shouldCountTheCaseForNoUnitWhileItWaitsInTriageAfterAReturn() {
        feed(postedAt(caseId, POSTED, "递铺论坛", "红绿灯"), assignedAt(caseId, DIPU, POSTED.plusSeconds(60)),
                returned(caseId, DIPU, POSTED.plusSeconds(3600)));

        assertThat(figures(DIPU, MARCH)).isEqualTo(EnumSet.of(RETURNED));
        assertThat(models.active().months().cases(List.of(MARCH))).containsExactly(caseId);
    }

    @Test
    void shouldNoLongerCountTheCaseAsAnsweredOrImplementedWhenItIsReopened() {
        // given: answered on time, implemented, then rated dissatisfied
        Instant answeredAt = Instant.parse("2025-03-05T02:00:00Z");
        feed(postedAt(caseId, POSTED, "交通论坛", "红绿灯"), assignedAt(caseId, JIAOTONG, POSTED.plusSeconds(60)),
                answered(caseId, JIAOTONG, answeredAt), met(caseId, JIAOTONG, DeadlineKind.ANSWER, ANSWER_DUE, answeredAt),
                implemented(caseId, JIAOTONG, answeredAt.plusSeconds(60)),
                rated(caseId, JIAOTONG, Satisfaction.DISSATISFIED, answeredAt.plusSeconds(86_400)),
                closedAt(caseId, answeredAt.plusSeconds(86_500)));

        // when
        feed(reopened(caseId, answeredAt.plusSeconds(90_000)));

        // then
        assertThat(figures(JIAOTONG, MARCH)).isEqualTo(EnumSet.of(RECEIVED, ACKNOWLEDGED, RATED, DISSATISFIED, OPEN));
    }

    @Test
    void shouldCountTheNewAnswerAndRatingWhenAReopenedCaseIsAnsweredAgain() {
        Instant first = Instant.parse("2025-03-05T02:00:00Z");
        Instant reopenedAt = Instant.parse("2025-03-07T02:00:00Z");
        Instant second = Instant.parse("2025-03-10T02:00:00Z");

        feed(postedAt(caseId, POSTED, "交通论坛", "红绿灯"), assignedAt(caseId, JIAOTONG, POSTED.plusSeconds(60)),
                answered(caseId, JIAOTONG, first), met(caseId, JIAOTONG, DeadlineKind.ANSWER, ANSWER_DUE, first),
                rated(caseId, JIAOTONG, Satisfaction.DISSATISFIED, first.plusSeconds(600)), reopened(caseId, reopenedAt),
                missed(caseId, JIAOTONG, DeadlineKind.ANSWER, reopenedAt.plusSeconds(86_400)),
                answered(caseId, JIAOTONG, second),
                rated(caseId, JIAOTONG, Satisfaction.BASICALLY_SATISFIED, second.plusSeconds(600)),
                closedAt(caseId, second.plusSeconds(700)));

        assertThat(figures(JIAOTONG, MARCH)).isEqualTo(EnumSet.of(RECEIVED, ACKNOWLEDGED, ANSWERED, RATED,
                BASICALLY_SATISFIED));
    }

    @Test
    void shouldPlaceTheCaseInTheMonthItWasPostedInTheConfiguredZone() {
        // 31 March 2025, 17:00 UTC is 1 April, 01:00 in Anji
        feed(postedAt(caseId, Instant.parse("2025-03-31T17:00:00Z"), "交通论坛", "红绿灯"),
                assignedAt(caseId, JIAOTONG, Instant.parse("2025-03-31T17:01:00Z")));

        assertThat(figures(JIAOTONG, MARCH)).isEmpty();
        assertThat(figures(JIAOTONG, YearMonth.of(2025, 4))).isEqualTo(EnumSet.of(RECEIVED, OPEN));
    }

    @Test
    void shouldEvaluateTheFiguresAsTheyStoodAtAnEarlierInstant() {
        // given
        feed(handledOnTime());
        CaseRecord record = models.active().cases().find(caseId);
        CaseEvaluator evaluator = new CaseEvaluator(ZoneId.of("Asia/Shanghai"));

        // then
        assertThat(evaluator.evaluate(record, POSTED).posted()).isFalse();
        assertThat(evaluator.evaluate(record, Instant.parse("2025-03-03T12:00:00Z")).figuresOf(JIAOTONG))
                .isEqualTo(EnumSet.of(RECEIVED, ACKNOWLEDGED, ACKNOWLEDGED_ON_TIME, OPEN));
        assertThat(evaluator.evaluate(record, Instant.MAX).figuresOf(JIAOTONG)).contains(SATISFIED);
    }

    /** Acknowledged after an hour, answered on Wednesday, rated satisfied, confirmed implemented, closed. */
    private List<IntegrationEvent> handledOnTime() {
        Instant ackAt = POSTED.plusSeconds(3600);
        Instant answeredAt = Instant.parse("2025-03-05T02:00:00Z");
        return List.of(postedAt(caseId, POSTED, "交通论坛", "胜利西路红绿灯时间太短"),
                assignedAt(caseId, JIAOTONG, POSTED.plusSeconds(60)), acknowledged(caseId, JIAOTONG, ackAt),
                met(caseId, JIAOTONG, DeadlineKind.RESPONSE, RESPONSE_DUE, ackAt), answered(caseId, JIAOTONG, answeredAt),
                met(caseId, JIAOTONG, DeadlineKind.ANSWER, ANSWER_DUE, answeredAt),
                rated(caseId, JIAOTONG, Satisfaction.SATISFIED, answeredAt.plusSeconds(86_400)),
                implemented(caseId, JIAOTONG, answeredAt.plusSeconds(90_000)),
                closedAt(caseId, answeredAt.plusSeconds(90_100)));
    }

    private void feed(List<IntegrationEvent> events) {
        events.forEach(projector::apply);
    }

    private void feed(IntegrationEvent... events) {
        feed(List.of(events));
    }

    private Map<Figure, List<String>> sets(String documentId) {
        return models.active().figures().find(List.of(documentId)).getOrDefault(documentId, Map.of());
    }

    private Set<Figure> figures(String unitId, YearMonth month) {
        Set<Figure> in = EnumSet.noneOf(Figure.class);
        new TreeMap<>(sets(FigureDocuments.monthId(unitId, month))).forEach((figure, ids) -> {
            if (ids.contains(caseId)) {
                in.add(figure);
            }
        });
        return in;
    }
}
