package org.huiying.reporting.casefacts;

import org.huiying.contracts.intake.CaseClosed;
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
final class CaseFactsFixture {

    static final String JIAOTONG = "jiaotong";
    static final String DIPU = "dipu";
    static final String XIAOFENG = "xiaofeng";

    static final Instant POSTED_AT = Instant.parse("2026-03-02T01:15:00Z");
    static final Instant RECEIVED_AT = Instant.parse("2026-03-02T01:15:30Z");
    static final Instant ASSIGNED_AT = Instant.parse("2026-03-02T01:15:32Z");
    static final Instant TRANSFERRED_AT = Instant.parse("2026-03-02T06:00:00Z");
    static final Instant ANSWER_DUE = Instant.parse("2026-03-05T01:15:00Z");

    private CaseFactsFixture() {
    }

    static String caseId(String thread) {
        return "anji-bbs:" + thread;
    }

    static PostReceived postReceived(String caseId) {
        String threadId = caseId.substring(caseId.indexOf(':') + 1);
        return new PostReceived(UUID.randomUUID(), RECEIVED_AT, caseId, "anji-bbs", "p-" + threadId, threadId,
                "https://bbs.example.cn/thread-" + threadId + "-1-1.html", "递铺论坛",
                "胜利西路红绿灯时间太短", "行人绿灯只有15秒，老人过马路很危险。", POSTED_AT, RECEIVED_AT,
                Channel.FORUM);
    }

    static CaseAssigned assigned(String caseId, String leadUnitId) {
        return new CaseAssigned(UUID.randomUUID(), ASSIGNED_AT, caseId, leadUnitId, List.of(), "kw-traffic", null);
    }

    static CaseTransferred transferred(String caseId, String fromUnitId, String toUnitId) {
        return new CaseTransferred(UUID.randomUUID(), TRANSFERRED_AT, caseId, fromUnitId, toUnitId, List.of(),
                "信号配时由交通部门负责", "舆情办 李明");
    }

    static DeadlineMissed answerMissed(String caseId, String unitId) {
        return new DeadlineMissed(UUID.randomUUID(), ANSWER_DUE, caseId, unitId, DeadlineKind.ANSWER, ANSWER_DUE);
    }

    static CaseClosed closed(String caseId) {
        return new CaseClosed(UUID.randomUUID(), ANSWER_DUE.plus(Duration.ofDays(5)), caseId, "rated");
    }

    static UnitUpdated unitUpdated(String unitId, String name) {
        return new UnitUpdated(UUID.randomUUID(), Instant.parse("2026-03-01T00:00:00Z"), unitId, name,
                UnitKind.TOWNSHIP, null, List.of(), false);
    }
}
