package org.huiying.intake.scraper;

/** Scraper messages as the contract describes them, and some that break it. */
final class ScrapedPostFixture {

    private ScrapedPostFixture() {
    }

    static String threadStart(String source, String threadId, String postId, String title) {
        return """
                {"source":"%s","postId":"%s","threadId":"%s","url":"https://bbs.example.cn/thread-%s",
                 "board":"民生热线","author":"竹乡老李","title":"%s",
                 "body":"小区门口的路灯坏了一个多月，晚上出行很不方便，希望有关部门尽快修好。",
                 "postedAt":"2026-03-02T09:15:00+08:00","scrapedAt":"2026-03-02T09:15:30+08:00",
                 "crawler":"bbs-spider/2.3"}
                """.formatted(source, postId, threadId, threadId, title);
    }

    static String withoutField(String json, String field) {
        return json.replaceAll("\"" + field + "\":\"[^\"]*\",?", "");
    }
}
