package org.huiying.intake.cases;

/** One thread on 安吉论坛 as the scraper publishes it: the post, replies, follow-ups. */
final class CaseThreadFixture {

    static final String NETIZEN = "竹乡老李";
    static final String UNIT_ACCOUNT = "安吉交通";

    private CaseThreadFixture() {
    }

    static String post(String threadId, String postId, String replyTo, String author, String body, String postedAt) {
        String reply = replyTo == null ? "" : "\"replyTo\":\"" + replyTo + "\",";
        String title = replyTo == null ? "\"title\":\"胜利西路红绿灯时间太短，建议调整\"," : "";
        return """
                {"source":"anji-bbs","postId":"%s","threadId":"%s",%s%s"board":"递铺论坛","author":"%s",
                 "body":"%s","postedAt":"%s","scrapedAt":"2026-03-02T18:00:00+08:00"}
                """.formatted(postId, threadId, reply, title, author, body, postedAt);
    }

    static String threadStart(String threadId) {
        return post(threadId, threadId + "-p1", null, NETIZEN, "行人绿灯只有15秒，老人过马路很危险，希望有关部门尽快调整。",
                "2026-03-02T09:15:00+08:00");
    }

    static String firstUnitReply(String threadId) {
        return post(threadId, threadId + "-p2", threadId + "-p1", UNIT_ACCOUNT, "您好，您反映的问题已收到，我局已联系交警部门现场查看。",
                "2026-03-02T11:40:00+08:00");
    }

    static String followUp(String threadId) {
        return post(threadId, threadId + "-p3", threadId + "-p2", NETIZEN, "谢谢，请问大概什么时候能调整好？",
                "2026-03-02T13:05:00+08:00");
    }

    static String secondUnitReply(String threadId) {
        return post(threadId, threadId + "-p4", threadId + "-p3", UNIT_ACCOUNT, "交警部门已完成测算，本周内调整配时。",
                "2026-03-02T16:30:00+08:00");
    }
}
