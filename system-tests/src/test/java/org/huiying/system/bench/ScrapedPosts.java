package org.huiying.system.bench;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Thread-opening posts in the scraper contract (v1), each on its own thread, written so that the demo directory's
 * rules route every one of them: a board rule, a place or a keyword names exactly one lead unit. The posts cycle
 * through the twelve units; {@link #DIPU} (board 递铺论坛) can be kept apart for the end-to-end samples.
 */
final class ScrapedPosts {

    static final String SOURCE = "anji-bbs";
    static final String DIPU = "dipu";

    /** One post text per unit, each routed to {@link #unit}. */
    record Template(String unit, String board, String title, String body) {
    }

    static final List<Template> TEMPLATES = List.of(
            new Template(DIPU, "递铺论坛", "路灯不亮", "晚上出行不安全，希望尽快修好。"),
            new Template("changshuo", "昌硕社区", "健身器材损坏", "健身器材坏了，希望尽快修理。"),
            new Template("jiaoyu", "教育问答", "课后服务怎么收费", "孩子的课后服务怎么收费？"),
            new Template("xiaofeng", "杂谈", "孝丰镇老街路灯不亮", "孝丰镇老街的路灯坏了很久。"),
            new Template("tianhuangping", "杂谈", "天荒坪景区垃圾没人清理", "天荒坪游客多，垃圾没人清理。"),
            new Template("meixi", "杂谈", "梅溪镇自来水发黄", "梅溪镇这几天的自来水发黄。"),
            new Template("lingfeng", "杂谈", "灵峰街道井盖缺失", "灵峰街道有个井盖丢了，很危险。"),
            new Template("jiaotong", "杂谈", "公交班次太少", "早上公交要等半小时。"),
            new Template("zhujian", "杂谈", "物业不作为", "物业收了钱不管事。"),
            new Template("weijian", "杂谈", "挂号排队太久", "去医院挂号要排两个小时。"),
            new Template("zhifa", "杂谈", "夜间施工扰民", "工地晚上施工噪音很大。"),
            new Template("shichang", "杂谈", "买到假货投诉无门", "在商场买到假货，投诉无门。"));

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final ZoneOffset FORUM = ZoneOffset.ofHours(8);

    private final String runId;

    ScrapedPosts(String runId) {
        this.runId = runId;
    }

    /** Any unit, in turn. */
    static Template anyUnit(long n) {
        return TEMPLATES.get((int) (n % TEMPLATES.size()));
    }

    /** Any unit but {@link #DIPU}, in turn. */
    static Template notDipu(long n) {
        return TEMPLATES.get(1 + (int) (n % (TEMPLATES.size() - 1)));
    }

    static Template dipu() {
        return TEMPLATES.get(0);
    }

    String threadId(String stream, long n) {
        return stream + "-" + runId + "-" + n;
    }

    static String caseId(String threadId) {
        return SOURCE + ":" + threadId;
    }

    /** The scraper message for the opening post of thread {@code threadId}, posted a minute ago. */
    String json(String threadId, Template template) {
        OffsetDateTime scrapedAt = OffsetDateTime.now(FORUM).truncatedTo(ChronoUnit.SECONDS);
        return """
                {"source":"%s","postId":"p-%s","threadId":"%s","url":"https://bbs.example.cn/thread-%s",\
                "board":"%s","author":"竹乡老李","title":"%s","body":"%s","postedAt":"%s","scrapedAt":"%s"}"""
                .formatted(SOURCE, threadId, threadId, threadId, template.board(), template.title(), template.body(),
                        ISO.format(scrapedAt.minusMinutes(1)), ISO.format(scrapedAt));
    }
}
