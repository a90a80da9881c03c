package org.huiying.reporting.casefacts;

import org.huiying.contracts.intake.AnswerPublished;
import org.huiying.contracts.intake.CaseAcknowledged;
import org.huiying.contracts.intake.CaseClassified;
import org.huiying.contracts.intake.CaseClosed;
import org.huiying.contracts.intake.CaseKind;
import org.huiying.contracts.intake.CaseRated;
import org.huiying.contracts.intake.CaseReopened;
import org.huiying.contracts.intake.ImplementationConfirmed;
import org.huiying.contracts.intake.Satisfaction;
import org.huiying.contracts.intake.Severity;
import org.huiying.contracts.routing.CaseReturned;
import org.huiying.contracts.sla.CaseEscalated;
import org.huiying.contracts.sla.DeadlineMet;
import org.huiying.contracts.sla.EscalationStep;
import org.huiying.contracts.sla.ExtensionGranted;
import org.huiying.contracts.intake.Channel;
import org.huiying.contracts.intake.PostReceived;
import org.huiying.contracts.routing.CaseAssigned;
import org.huiying.contracts.routing.CaseTransferred;
import org.huiying.contracts.routing.UnitKind;
import org.huiying.contracts.routing.UnitUpdated;
import org.huiying.contracts.sla.DeadlineKind;
import org.huiying.contracts.sla.DeadlineMissed;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Contract events about posts on 安吉论坛, as intake, routing and sla publish them. */
public final class CaseFactsFixture {

    public static final String JIAOTONG = "jiaotong";
    public static final String DIPU = "dipu";
    public static final String XIAOFENG = "xiaofeng";

    public static final Instant POSTED_AT = Instant.parse("2026-03-02T01:15:00Z");
    public static final Instant RECEIVED_AT = Instant.parse("2026-03-02T01:15:30Z");
    public static final Instant ASSIGNED_AT = Instant.parse("2026-03-02T01:15:32Z");
    public static final Instant TRANSFERRED_AT = Instant.parse("2026-03-02T06:00:00Z");
    public static final Instant ANSWER_DUE = Instant.parse("2026-03-05T01:15:00Z");

    private CaseFactsFixture() {
    }

    public static String caseId(String thread) {
        return "anji-bbs:" + thread;
    }

    public static PostReceived postReceived(String caseId) {
        String threadId = caseId.substring(caseId.indexOf(':') + 1);
        return new PostReceived(UUID.randomUUID(), RECEIVED_AT, caseId, "anji-bbs", "p-" + threadId, threadId,
                "https://bbs.example.cn/thread-" + threadId + "-1-1.html", "递铺论坛",
                "胜利西路红绿灯时间太短", "行人绿灯只有15秒，老人过马路很危险。", POSTED_AT, RECEIVED_AT,
                Channel.FORUM);
    }

    public static CaseAssigned assigned(String caseId, String leadUnitId) {
        return new CaseAssigned(UUID.randomUUID(), ASSIGNED_AT, caseId, leadUnitId, List.of(), "kw-traffic", null);
    }

    public static CaseTransferred transferred(String caseId, String fromUnitId, String toUnitId) {
        return new CaseTransferred(UUID.randomUUID(), TRANSFERRED_AT, caseId, fromUnitId, toUnitId, List.of(),
                "信号配时由交通部门负责", "舆情办 李明");
    }

    public static DeadlineMissed answerMissed(String caseId, String unitId) {
        return new DeadlineMissed(UUID.randomUUID(), ANSWER_DUE, caseId, unitId, DeadlineKind.ANSWER, ANSWER_DUE);
    }

    public static CaseClosed closed(String caseId) {
        return new CaseClosed(UUID.randomUUID(), ANSWER_DUE.plus(Duration.ofDays(5)), caseId, "rated");
    }

    public static UnitUpdated unitUpdated(String unitId, String name) {
        return new UnitUpdated(UUID.randomUUID(), Instant.parse("2026-03-01T00:00:00Z"), unitId, name,
                UnitKind.TOWNSHIP, null, List.of(), false);
    }

    public static PostReceived postedAt(String caseId, Instant postedAt, String board, String title) {
        String threadId = caseId.substring(caseId.indexOf(':') + 1);
        return new PostReceived(UUID.randomUUID(), postedAt.plusSeconds(30), caseId, caseId.substring(0,
                caseId.indexOf(':')), "p-" + threadId, threadId, null, board, title, "正文", postedAt,
                postedAt.plusSeconds(30), Channel.FORUM);
    }

    public static CaseAssigned assignedAt(String caseId, String leadUnitId, Instant at) {
        return new CaseAssigned(UUID.randomUUID(), at, caseId, leadUnitId, List.of(), "kw-traffic", null);
    }

    public static CaseTransferred transferredAt(String caseId, String from, String to, Instant at) {
        return new CaseTransferred(UUID.randomUUID(), at, caseId, from, to, List.of(), "职责调整", "舆情办 李明");
    }

    public static CaseReturned returned(String caseId, String unitId, Instant at) {
        return new CaseReturned(UUID.randomUUID(), at, caseId, unitId, "不属于本单位职责");
    }

    public static CaseClassified classified(String caseId, CaseKind kind, Severity severity, Instant at) {
        return new CaseClassified(UUID.randomUUID(), at, caseId, kind, severity, "rules", null);
    }

    public static CaseAcknowledged acknowledged(String caseId, String unitId, Instant at) {
        return new CaseAcknowledged(UUID.randomUUID(), at, caseId, unitId, Channel.FORUM);
    }

    public static AnswerPublished answered(String caseId, String unitId, Instant at) {
        return new AnswerPublished(UUID.randomUUID(), at, caseId, unitId, "网络发言人", Channel.FORUM);
    }

    public static CaseRated rated(String caseId, String unitId, Satisfaction satisfaction, Instant at) {
        return new CaseRated(UUID.randomUUID(), at, caseId, unitId, satisfaction, null, null, null, Channel.API);
    }

    public static ImplementationConfirmed implemented(String caseId, String unitId, Instant at) {
        return new ImplementationConfirmed(UUID.randomUUID(), at, caseId, unitId, "舆情办");
    }

    public static CaseReopened reopened(String caseId, Instant at) {
        return new CaseReopened(UUID.randomUUID(), at, caseId, "网民不满意");
    }

    public static CaseClosed closedAt(String caseId, Instant at) {
        return new CaseClosed(UUID.randomUUID(), at, caseId, "rated");
    }

    public static DeadlineMet met(String caseId, String unitId, DeadlineKind kind, Instant dueAt, Instant metAt) {
        return new DeadlineMet(UUID.randomUUID(), metAt, caseId, unitId, kind, dueAt, metAt);
    }

    public static DeadlineMissed missed(String caseId, String unitId, DeadlineKind kind, Instant dueAt) {
        return new DeadlineMissed(UUID.randomUUID(), dueAt, caseId, unitId, kind, dueAt);
    }

    public static ExtensionGranted extended(String caseId, String unitId, Instant at, Instant previous, Instant due) {
        return new ExtensionGranted(UUID.randomUUID(), at, caseId, unitId, "需要现场核实", previous, due);
    }

    public static CaseEscalated escalated(String caseId, String unitId, EscalationStep step, Instant at) {
        return new CaseEscalated(UUID.randomUUID(), at, caseId, unitId, step, "anji." + step.name().toLowerCase(), at);
    }
}
