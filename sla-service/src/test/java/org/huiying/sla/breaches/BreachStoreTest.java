package org.huiying.sla.breaches;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.huiying.support.test.InProcessMongo;
import org.huiying.support.time.TimeProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class BreachStoreTest {

    static InProcessMongo mongo;
    static MongoClient client;
    static BreachStore store;

    @BeforeAll
    static void start() {
        mongo = InProcessMongo.start();
        client = MongoClients.create(mongo.uri());
        store = new BreachStore(client.getDatabase("breaches_test"), new TimeProperties(ZoneId.of("Asia/Shanghai")));
    }

    @AfterAll
    static void stop() {
        client.close();
        mongo.stop();
    }

    @Test
    void shouldCountABreachOnceWhenItsEventIsDeliveredAgain() {
        Breach missed = new Breach("anji-bbs:t-1", "dipu", "answer", 0, Instant.parse("2026-03-05T09:30:00Z"));

        assertThat(store.record(missed)).isTrue();
        assertThat(store.record(missed)).isFalse();

        assertThat(store.of(YearMonth.of(2026, 3))).containsExactly(missed);
    }

    @Test
    void shouldFileABreachUnderTheMonthOfItsDueTimeInAnjiWhenItFallsOnTheFirstMorning() {
        Instant firstOfAprilInAnji = Instant.parse("2026-03-31T17:00:00Z"); // 1 April 01:00 in Asia/Shanghai
        Breach missed = new Breach("anji-bbs:t-2", "jiaotong", "response", 0, firstOfAprilInAnji);

        store.record(missed);

        assertThat(store.of(YearMonth.of(2026, 4))).contains(missed);
        assertThat(store.of(YearMonth.of(2026, 3))).doesNotContain(missed);
    }

    @Test
    void shouldKeepProgressUpdatesMissedOnDifferentDaysApartWhenTheyAreOfTheSameCase() {
        Breach friday = new Breach("anji-bbs:t-3", "dipu", "progress", 0, Instant.parse("2026-05-08T09:30:00Z"));
        Breach monday = new Breach("anji-bbs:t-3", "dipu", "progress", 0, Instant.parse("2026-05-11T09:30:00Z"));

        store.record(friday);
        store.record(monday);

        assertThat(store.of(YearMonth.of(2026, 5))).containsExactlyInAnyOrder(friday, monday);
    }
}
