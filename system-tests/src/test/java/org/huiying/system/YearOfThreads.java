package org.huiying.system;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A year (2025) of generated forum threads on anji-bbs, the same every time for the same seed: each is posted on
 * 递铺论坛 (led by 递铺街道) or is about buses on 交通出行 (led by 县交通运输局); most get a first reply from the unit's
 * registered account within 1–40 hours, many a later reply the unit then names as its answer, some a rating.
 */
public final class YearOfThreads {

    public static final ZoneId ANJI = ZoneId.of("Asia/Shanghai");
    public static final String SOURCE = "anji-bbs";
    private static final String[] DIPU_TITLES = {"小区垃圾清运不及时", "路灯坏了没人修", "楼道堆满杂物", "广场舞噪音扰民",
            "绿化带被占用种菜", "雨水井堵塞积水"};
    private static final String[] BUS_TITLES = {"公交班次太少", "公交站台没有遮阳棚", "早高峰公交太挤", "公交到站时间不准"};

    public final List<Thread> threads = new ArrayList<>();

    public YearOfThreads(int count, long seed) {
        Random random = new Random(seed);
        Instant start = LocalDateTime.parse("2025-01-02T08:00").atZone(ANJI).toInstant();
        long yearMinutes = Duration.ofDays(350).toMinutes();
        for (int i = 0; i < count; i++) {
            boolean dipu = i % 2 == 0;
            Instant posted = start.plus(Duration.ofMinutes((long) (random.nextDouble() * yearMinutes)));
            Instant ack = random.nextDouble() < 0.85 ? posted.plus(Duration.ofMinutes(60 + random.nextInt(39 * 60)))
                    : null;
            Instant answer = ack != null && random.nextDouble() < 0.75
                    ? ack.plus(Duration.ofMinutes(60 + random.nextInt(8 * 24 * 60))) : null;
            String rating = answer != null && random.nextDouble() < 0.6
                    ? (random.nextBoolean() ? "satisfied" : "basically-satisfied") : null;
            String title = dipu ? DIPU_TITLES[random.nextInt(DIPU_TITLES.length)]
                    : BUS_TITLES[random.nextInt(BUS_TITLES.length)];
            threads.add(new Thread("y" + i, dipu ? "dipu" : "jiaotong", dipu ? "递铺论坛" : "交通出行",
                    dipu ? "递铺街道网络发言人" : "安吉交通", title, posted, ack, answer, rating,
                    1 + random.nextInt(30), 1 + random.nextInt(30), 1 + random.nextInt(30), 60 + random.nextInt(300)));
        }
    }

    /** Every scraper record of the year, ordered by when it was scraped; {@code repliesLate}: replies 1–6 h late. */
    public List<Scraped> records(boolean repliesLate) {
        List<Scraped> all = new ArrayList<>();
        for (Thread t : threads) {
            all.add(t.record("p0", null, "竹乡网友" + t.id(), t.title(), "希望有关部门尽快处理。", t.posted(),
                    t.posted().plus(Duration.ofMinutes(t.postLag()))));
            if (t.ack() != null) {
                all.add(t.record("p1", "p0", t.account(), null, "您好，您反映的问题已收到，正在核实。", t.ack(),
                        t.ack().plus(replyLag(t, t.ackLag(), repliesLate))));
            }
            if (t.answer() != null) {
                all.add(t.record("p2", "p0", t.account(), null, "经核实，问题已处理完毕，感谢您的监督。", t.answer(),
                        t.answer().plus(replyLag(t, t.answerLag(), repliesLate))));
            }
        }
        all.sort(Comparator.comparing(Scraped::scrapedAt).thenComparing(Scraped::postId));
        return all;
    }

    private static Duration replyLag(Thread t, int minutes, boolean late) {
        return late ? Duration.ofMinutes(t.lateMinutes()) : Duration.ofMinutes(minutes);
    }

    public record Thread(String id, String unit, String board, String account, String title, Instant posted, Instant ack,
                  Instant answer, String rating, int postLag, int ackLag, int answerLag, int lateMinutes) {

        public String caseId() {
            return SOURCE + ":" + id;
        }

        Scraped record(String post, String replyTo, String author, String title, String body, Instant postedAt,
                       Instant scrapedAt) {
            return new Scraped(caseId(), id + "-" + post, """
                    {"source":"%s","postId":"%s","threadId":"%s",%s"board":"%s","author":"%s",%s"body":"%s",\
                    "postedAt":"%s","scrapedAt":"%s"}""".formatted(SOURCE, id + "-" + post, id,
                    replyTo == null ? "" : "\"replyTo\":\"" + id + "-" + replyTo + "\",", board, author,
                    title == null ? "" : "\"title\":\"" + title + "\",", body, local(postedAt), local(scrapedAt)),
                    scrapedAt);
        }
    }

    public record Scraped(String key, String postId, String json, Instant scrapedAt) {

        /** A heartbeat of the source: every post before {@code watermark} has been sent. */
        public static Scraped heartbeat(Instant watermark) {
            return new Scraped(SOURCE, "heartbeat", "{\"source\":\"%s\",\"watermark\":\"%s\"}".formatted(SOURCE,
                    local(watermark)), watermark);
        }
    }

    public static String local(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ANJI).toString();
    }
}
