package org.huiying.reporting.it;

import org.huiying.contracts.IntegrationEvent;
import org.huiying.contracts.intake.CaseKind;
import org.huiying.contracts.intake.Satisfaction;
import org.huiying.contracts.intake.Severity;
import org.huiying.contracts.routing.UnitKind;
import org.huiying.contracts.routing.UnitUpdated;
import org.huiying.contracts.sla.DeadlineKind;
import org.huiying.contracts.sla.EscalationStep;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.huiying.reporting.casefacts.CaseFactsFixture.acknowledged;
import static org.huiying.reporting.casefacts.CaseFactsFixture.answered;
import static org.huiying.reporting.casefacts.CaseFactsFixture.assignedAt;
import static org.huiying.reporting.casefacts.CaseFactsFixture.classified;
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

/**
 * A small year of 2025 in Anji, six cases, with the figures computed by hand in {@code AssessmentIT}:
 * <ol>
 *   <li>c1 递铺 10 Jan — handled on time, 满意, implemented, closed</li>
 *   <li>c2 递铺 3 Mar — response and answer missed, urged and supervised, answered late, 不满意</li>
 *   <li>c3 5 Mar — dispatched to 递铺, transferred to 交通; extended, answered on time against the extension, 基本满意</li>
 *   <li>c4 交通 20 Mar — answered on time, then reopened and not yet answered again</li>
 *   <li>c5 2 Jul — returned by 孝丰, dispatched to 交通, answered on time</li>
 *   <li>c6 孝丰 1 Mar 01:00 Anji (28 Feb 17:00 UTC) — still open</li>
 * </ol>
 */
final class YearOfCases {

    static final ZoneId ANJI = ZoneId.of("Asia/Shanghai");
    static final String C1 = "anji-bbs:y25-1";
    static final String C2 = "anji-bbs:y25-2";
    static final String C3 = "anji-bbs:y25-3";
    static final String C4 = "anji-bbs:y25-4";
    static final String C5 = "huzhou-bbs:y25-5";
    static final String C6 = "anji-bbs:y25-6";

    private YearOfCases() {
    }

    static List<IntegrationEvent> units() {
        return List.of(unit("dipu", "递铺街道", UnitKind.TOWNSHIP), unit("jiaotong", "县交通运输局", UnitKind.DEPARTMENT),
                unit("xiaofeng", "孝丰镇", UnitKind.TOWNSHIP));
    }

    static List<IntegrationEvent> events() {
        List<IntegrationEvent> e = new ArrayList<>();
        Instant p1 = at(2025, 1, 10, 9);
        e.addAll(List.of(postedAt(C1, p1, "递铺论坛", "递铺街道垃圾无人清运"), assignedAt(C1, "dipu", p1.plusSeconds(60)),
                classified(C1, CaseKind.COMPLAINT, Severity.GENERAL, p1.plusSeconds(61)),
                acknowledged(C1, "dipu", p1.plusSeconds(3600)),
                met(C1, "dipu", DeadlineKind.RESPONSE, p1.plus(Duration.ofDays(1)), p1.plusSeconds(3600)),
                answered(C1, "dipu", p1.plus(Duration.ofDays(2))),
                met(C1, "dipu", DeadlineKind.ANSWER, p1.plus(Duration.ofDays(5)), p1.plus(Duration.ofDays(2))),
                rated(C1, "dipu", Satisfaction.SATISFIED, p1.plus(Duration.ofDays(3))),
                implemented(C1, "dipu", p1.plus(Duration.ofDays(4))), closedAt(C1, p1.plus(Duration.ofDays(4)))));
        Instant p2 = at(2025, 3, 3, 10);
        e.addAll(List.of(postedAt(C2, p2, "递铺论坛", "小区垃圾桶满了"), assignedAt(C2, "dipu", p2.plusSeconds(60)),
                classified(C2, CaseKind.COMPLAINT, Severity.GENERAL, p2.plusSeconds(61)),
                missed(C2, "dipu", DeadlineKind.RESPONSE, p2.plus(Duration.ofDays(1))),
                escalated(C2, "dipu", EscalationStep.URGE, p2.plus(Duration.ofDays(1))),
                missed(C2, "dipu", DeadlineKind.ANSWER, p2.plus(Duration.ofDays(3))),
                escalated(C2, "dipu", EscalationStep.SUPERVISE, p2.plus(Duration.ofDays(3))),
                answered(C2, "dipu", p2.plus(Duration.ofDays(4))),
                rated(C2, "dipu", Satisfaction.DISSATISFIED, p2.plus(Duration.ofDays(5)))));
        Instant p3 = at(2025, 3, 5, 8);
        e.addAll(List.of(postedAt(C3, p3, "递铺论坛", "胜利西路红绿灯时间太短"), assignedAt(C3, "dipu", p3.plusSeconds(60)),
                classified(C3, CaseKind.SUGGESTION, Severity.SIGNIFICANT, p3.plusSeconds(61)),
                transferredAt(C3, "dipu", "jiaotong", p3.plusSeconds(7200)),
                acknowledged(C3, "jiaotong", p3.plusSeconds(9000)),
                met(C3, "jiaotong", DeadlineKind.RESPONSE, p3.plus(Duration.ofDays(1)), p3.plusSeconds(9000)),
                extended(C3, "jiaotong", p3.plus(Duration.ofDays(2)), p3.plus(Duration.ofDays(3)),
                        p3.plus(Duration.ofDays(8))),
                answered(C3, "jiaotong", p3.plus(Duration.ofDays(6))),
                met(C3, "jiaotong", DeadlineKind.ANSWER, p3.plus(Duration.ofDays(8)), p3.plus(Duration.ofDays(6))),
                rated(C3, "jiaotong", Satisfaction.BASICALLY_SATISFIED, p3.plus(Duration.ofDays(7)))));
        Instant p4 = at(2025, 3, 20, 15);
        e.addAll(List.of(postedAt(C4, p4, "交通论坛", "红绿灯故障"), assignedAt(C4, "jiaotong", p4.plusSeconds(60)),
                classified(C4, CaseKind.CONSULTATION, Severity.GENERAL, p4.plusSeconds(61)),
                acknowledged(C4, "jiaotong", p4.plusSeconds(600)),
                met(C4, "jiaotong", DeadlineKind.RESPONSE, p4.plus(Duration.ofDays(1)), p4.plusSeconds(600)),
                answered(C4, "jiaotong", p4.plus(Duration.ofDays(1))),
                met(C4, "jiaotong", DeadlineKind.ANSWER, p4.plus(Duration.ofDays(3)), p4.plus(Duration.ofDays(1))),
                reopened(C4, p4.plus(Duration.ofDays(2)))));
        Instant p5 = at(2025, 7, 2, 9);
        e.addAll(List.of(postedAt(C5, p5, "孝丰论坛", "孝丰镇公交站台没有遮雨棚"), assignedAt(C5, "xiaofeng", p5.plusSeconds(60)),
                returned(C5, "xiaofeng", p5.plusSeconds(3600)), assignedAt(C5, "jiaotong", p5.plusSeconds(7200)),
                acknowledged(C5, "jiaotong", p5.plusSeconds(9000)),
                met(C5, "jiaotong", DeadlineKind.RESPONSE, p5.plus(Duration.ofDays(1)), p5.plusSeconds(9000)),
                answered(C5, "jiaotong", p5.plus(Duration.ofDays(2))),
                met(C5, "jiaotong", DeadlineKind.ANSWER, p5.plus(Duration.ofDays(3)), p5.plus(Duration.ofDays(2)))));
        Instant p6 = Instant.parse("2025-02-28T17:00:00Z");
        e.addAll(List.of(postedAt(C6, p6, "孝丰论坛", "孝丰路灯不亮"), assignedAt(C6, "xiaofeng", p6.plusSeconds(60))));
        return e;
    }

    static Instant at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(ANJI).toInstant();
    }

    private static UnitUpdated unit(String id, String name, UnitKind kind) {
        return new UnitUpdated(UUID.nameUUIDFromBytes(id.getBytes()), Instant.parse("2025-01-01T00:00:00Z"), id, name,
                kind, null, List.of(), false);
    }
}
