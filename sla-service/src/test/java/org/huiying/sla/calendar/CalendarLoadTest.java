package org.huiying.sla.calendar;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.huiying.support.calendar.CalendarYear;
import org.huiying.support.test.InProcessMongo;
import org.huiying.support.time.TimeProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarLoadTest {

    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

    private final InProcessMongo mongo = InProcessMongo.start();
    private final MongoClient client = MongoClients.create(mongo.uri());

    @AfterEach
    void stop() {
        client.close();
        mongo.stop();
    }

    @Test
    void shouldRecordWhoLoadedAYearAndKeepItWhenTheServiceRestarts() {
        // given
        StoredCalendarYears stored = new StoredCalendarYears(client.getDatabase("huiying_sla"));
        OfficialCalendar calendar = calendar(stored);

        // when
        calendar.load(new CalendarYear(2027, "国办发明电〔2026〕", List.of(), null), "office-wang");

        // then
        StoredCalendarYears afterRestart = new StoredCalendarYears(client.getDatabase("huiying_sla"));
        assertThat(afterRestart.loads()).containsExactly(
                new StoredCalendarYears.CalendarLoad(2027, "office-wang", NOW));
        assertThat(calendar(afterRestart).snapshot().isLoaded(2027)).isTrue();
    }

    private static OfficialCalendar calendar(StoredCalendarYears stored) {
        return new OfficialCalendar(stored, new CalendarProperties(null, null, null),
                new TimeProperties(CalendarFixture.SHANGHAI), Clock.fixed(NOW, ZoneOffset.UTC),
                new SimpleMeterRegistry());
    }
}
