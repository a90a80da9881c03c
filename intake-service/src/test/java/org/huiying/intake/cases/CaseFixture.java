package org.huiying.intake.cases;

import org.huiying.contracts.intake.Channel;

import java.time.Instant;

/** The first post of a thread on 安吉论坛, as the scraper brings it in. */
final class CaseFixture {

    static final String CASE_ID = "anji-bbs:t-88021";
    static final Instant POSTED_AT = Instant.parse("2026-03-02T01:15:00Z");
    static final Instant SCRAPED_AT = Instant.parse("2026-03-02T01:15:30Z");
    static final Instant RECEIVED_AT = Instant.parse("2026-03-02T01:15:31Z");

    private CaseFixture() {
    }

    static ReceivePostCommand receivePost() {
        return receivePost(RECEIVED_AT);
    }

    static ReceivePostCommand receivePost(Instant receivedAt) {
        return new ReceivePostCommand(CASE_ID, "anji-bbs", "p-5501", "t-88021",
                "https://bbs.example.cn/thread-88021-1-1.html", "递铺论坛", "竹乡老李",
                "递铺镇胜利西路红绿灯时间太短，老人过马路很危险",
                "胜利西路与昌硕路口的红绿灯行人绿灯只有15秒，老人和孩子根本走不过去，希望有关部门尽快调整。",
                POSTED_AT, SCRAPED_AT, Channel.FORUM, receivedAt);
    }

    static PostReceivedEvent postReceived() {
        return new PostReceivedEvent(CASE_ID, "anji-bbs", "p-5501", "t-88021",
                "https://bbs.example.cn/thread-88021-1-1.html", "递铺论坛", "竹乡老李",
                "递铺镇胜利西路红绿灯时间太短，老人过马路很危险",
                "胜利西路与昌硕路口的红绿灯行人绿灯只有15秒，老人和孩子根本走不过去，希望有关部门尽快调整。",
                POSTED_AT, SCRAPED_AT, Channel.FORUM, RECEIVED_AT);
    }
}
