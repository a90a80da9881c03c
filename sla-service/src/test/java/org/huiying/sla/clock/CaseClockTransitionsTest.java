package org.huiying.sla.clock;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.huiying.contracts.intake.Severity;
import org.huiying.contracts.sla.DeadlineKind;
import org.huiying.sla.policy.PolicyPresets;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiying.sla.calendar.CalendarFixture.at;
import static org.huiying.sla.clock.CaseClockFixture.ASSIGNED;
import static org.huiying.sla.clock.CaseClockFixture.CASE;
import static org.huiying.sla.clock.CaseClockFixture.DIPU;
import static org.huiying.sla.clock.CaseClockFixture.JIAOTONG;
import static org.huiying.sla.clock.CaseClockFixture.POSTED;
import static org.huiying.sla.clock.CaseClockFixture.assigned;
import static org.huiying.sla.clock.CaseClockFixture.charged;
import static org.huiying.sla.clock.CaseClockFixture.initial;
import static org.huiying.sla.clock.CaseClockFixture.started;

class CaseClockTransitionsTest {

    private final DeadlinePlanner anji = CaseClockFixture.planner(PolicyPresets.anji());
    private final AggregateTestFixture<CaseClock> fixture = CaseClockFixture.fixture(anji);

    @Test
    void shouldSetResponseIn24HoursAndAnswerThursday1730WithThePolicyVersionWhenTheAnjiPostArrives() {
        Deadlines expected = initial(anji);
        assertThat(expected.responseDueAt()).isEqualTo(at("2026-03-03T09:15"));
        assertThat(expected.answerDueAt()).isEqualTo(at("2026-03-05T17:30"));
        assertThat(expected.policyVersion()).isEqualTo("anji@2");

        fixture.givenNoPriorActivity()
                .when(new StartCaseClockCommand(CASE, POSTED, POSTED))
                .expectEvents(started(anji));
    }

    @Test
    void shouldChangeNothingWhenThePostIsDeliveredAgain() {
        fixture.given(started(anji))
                .when(new StartCaseClockCommand(CASE, POSTED, POSTED.plusSeconds(60)))
                .expectNoEvents();
    }

    @Test
    void shouldRepublishTheSameDeadlinesChargedToTheUnitWhenTheAssignmentArrivesAfterThePost() {
        fixture.given(started(anji))
                .when(new ChargeUnitCommand(CASE, DIPU, ASSIGNED, "assigned"))
                .expectEvents(assigned(), charged(anji));
    }

    @Test
    void shouldChargeTheUnitInTheFirstDeadlinesWhenTheAssignmentArrivesBeforeThePost() {
        fixture.given(assigned())
                .when(new StartCaseClockCommand(CASE, POSTED, POSTED))
                .expectEvents(new DeadlinesSetEvent(CASE, DIPU, POSTED, null, initial(anji), "post received", POSTED));
    }

    @Test
    void shouldKeepTheNetizensDeadlinesWhenTheCaseIsTransferred() {
        Instant transferred = at("2026-03-03T10:00");
        fixture.given(started(anji), assigned(), charged(anji))
                .when(new ChargeUnitCommand(CASE, JIAOTONG, transferred, "transferred"))
                .expectEvents(new UnitChargedEvent(CASE, JIAOTONG, transferred, "transferred"),
                        new DeadlinesSetEvent(CASE, JIAOTONG, POSTED, null, initial(anji),
                                "unit charged: transferred", transferred));
    }

    @Test
    void shouldOnlyRecordTheSegmentWhenAnOlderDecisionArrivesLate() {
        Instant earlier = at("2026-03-02T09:18");
        fixture.given(started(anji), assigned(), charged(anji))
                .when(new ChargeUnitCommand(CASE, null, earlier, "queued for triage"))
                .expectEvents(new UnitChargedEvent(CASE, null, earlier, "queued for triage"));
    }

    @Test
    void shouldRecordTheResponseDeadlineMetWhenTheUnitRespondsWithin24Hours() {
        Instant ack = at("2026-03-02T15:00");
        fixture.given(started(anji), assigned(), charged(anji))
                .when(new AcknowledgeCaseCommand(CASE, DIPU, ack))
                .expectEvents(new ResponseGivenEvent(CASE, DIPU, ack),
                        new DeadlineMetEvent(CASE, DIPU, DeadlineKind.RESPONSE, 0, at("2026-03-03T09:15"), ack));
    }

    @Test
    void shouldChargeTheMissedResponseToTheUnitHoldingTheCaseAtTheDeadlineWhenTheResponseComesLate() {
        Instant ack = at("2026-03-03T11:00");
        fixture.given(started(anji), assigned(), charged(anji),
                        new UnitChargedEvent(CASE, JIAOTONG, at("2026-03-03T10:00"), "transferred"))
                .when(new AcknowledgeCaseCommand(CASE, JIAOTONG, ack))
                .expectEvents(new ResponseGivenEvent(CASE, JIAOTONG, ack),
                        new DeadlineMissedEvent(CASE, DIPU, DeadlineKind.RESPONSE, 0, at("2026-03-03T09:15"),
                                at("2026-03-03T09:15")));
    }

    @Test
    void shouldStopBothClocksWhenTheAnswerIsPublishedWithoutAnEarlierResponse() {
        Instant answer = at("2026-03-03T16:00");
        fixture.given(started(anji), assigned(), charged(anji))
                .when(new RecordAnswerCommand(CASE, DIPU, answer))
                .expectEvents(new ResponseGivenEvent(CASE, DIPU, answer),
                        new AnswerGivenEvent(CASE, DIPU, 0, answer),
                        new DeadlineMissedEvent(CASE, DIPU, DeadlineKind.RESPONSE, 0, at("2026-03-03T09:15"),
                                at("2026-03-03T09:15")),
                        new DeadlineMetEvent(CASE, DIPU, DeadlineKind.ANSWER, 0, at("2026-03-05T17:30"), answer));
    }

    @Test
    void shouldStartANewAnswerClockOf3WorkingDaysWhenAnAnsweredCaseIsReopened() {
        Instant answer = at("2026-03-03T16:00");
        Instant reopened = at("2026-03-06T10:00"); // Friday: Mon 9, Tue 10, Wed 11 March
        Deadlines again = anji.reopened(initial(anji), reopened, null);
        assertThat(again.answerDueAt()).isEqualTo(at("2026-03-11T17:30"));
        assertThat(again.answerRound()).isEqualTo(1);

        fixture.given(started(anji), assigned(), charged(anji), new ResponseGivenEvent(CASE, DIPU, answer),
                        new AnswerGivenEvent(CASE, DIPU, 0, answer),
                        new DeadlineMissedEvent(CASE, DIPU, DeadlineKind.RESPONSE, 0, at("2026-03-03T09:15"),
                                at("2026-03-03T09:15")),
                        new DeadlineMetEvent(CASE, DIPU, DeadlineKind.ANSWER, 0, at("2026-03-05T17:30"), answer))
                .when(new ReopenAnswerClockCommand(CASE, reopened))
                .expectEvents(new DeadlinesSetEvent(CASE, DIPU, POSTED, null, again, "reopened", reopened));
    }

    @Test
    void shouldNotReopenWhenTheReopeningIsOlderThanTheCurrentAnswer() {
        fixture.given(started(anji), new AnswerGivenEvent(CASE, DIPU, 0, at("2026-03-04T10:00")))
                .when(new ReopenAnswerClockCommand(CASE, at("2026-03-04T09:00")))
                .expectNoEvents();
    }

    @Test
    void shouldShortenTheAnswerDeadlineTo48HoursWhenATownshipCaseBecomesMajor() {
        DeadlinePlanner township = CaseClockFixture.planner(PolicyPresets.township());
        AggregateTestFixture<CaseClock> townshipFixture = CaseClockFixture.fixture(township);
        Instant classified = at("2026-03-02T10:00");
        Deadlines urgent = township.reclassified(initial(township), Severity.MAJOR, classified, false);
        assertThat(initial(township).answerDueAt()).isEqualTo(at("2026-03-05T09:15"));
        assertThat(urgent.answerDueAt()).isEqualTo(at("2026-03-04T09:15"));

        townshipFixture.given(started(township))
                .when(new ClassifyCaseCommand(CASE, Severity.MAJOR, classified))
                .expectEvents(new DeadlinesSetEvent(CASE, null, POSTED, Severity.MAJOR, urgent, "severity changed",
                        classified));
    }

    @Test
    void shouldSetA2HourReportDeadlineWhenAMunicipalCaseIsClassifiedCritical() {
        DeadlinePlanner municipal = CaseClockFixture.planner(PolicyPresets.municipal());
        Instant classified = at("2026-03-02T10:00");
        Deadlines critical = municipal.reclassified(initial(municipal), Severity.CRITICAL, classified, false);
        assertThat(critical.sensitiveReportDueAt()).isEqualTo(at("2026-03-02T12:00"));
        assertThat(initial(municipal).responseDueAt()).isEqualTo(at("2026-03-02T14:15"));

        CaseClockFixture.fixture(municipal).given(started(municipal))
                .when(new ClassifyCaseCommand(CASE, Severity.CRITICAL, classified))
                .expectEvents(new DeadlinesSetEvent(CASE, null, POSTED, Severity.CRITICAL, critical,
                        "severity changed", classified));
    }

    @Test
    void shouldOnlyRecordTheSeverityWhenThePolicyHasNoRuleForIt() {
        Instant classified = at("2026-03-02T10:00");
        fixture.given(started(anji))
                .when(new ClassifyCaseCommand(CASE, Severity.MAJOR, classified))
                .expectEvents(new SeverityChangedEvent(CASE, Severity.MAJOR, classified));
    }

    @Test
    void shouldStopTheClockWhenTheCaseIsClosed() {
        Instant closed = at("2026-03-04T10:00");
        fixture.given(started(anji))
                .when(new StopCaseClockCommand(CASE, "rated", closed))
                .expectEvents(new CaseClockStoppedEvent(CASE, "rated", closed));
    }
}
