package org.huiying.reporting.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.huiying.reporting.assessment.AssessmentService;
import org.huiying.reporting.assessment.Period;
import org.huiying.reporting.assessment.UnitAssessment;
import org.huiying.reporting.casefacts.FigureChanges;
import org.huiying.support.time.TimeProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

/**
 * Prometheus gauges per unit for the assessment period ({@code huiying.reporting.gauges.period}, default the current
 * year in the configured zone): {@code huiying_reporting_answer_rate}, {@code huiying_reporting_satisfaction_rate}
 * (NaN while the rate has no denominator) and {@code huiying_reporting_received_cases}. Refreshed from the read model
 * whenever a figure may have changed, at most every {@code huiying.reporting.gauges.refresh-interval}.
 */
@Component
public class RateGauges {

    private final AssessmentService assessments;
    private final FigureChanges changes;
    private final MeterRegistry meters;
    private final Clock clock;
    private final TimeProperties time;
    private final String configuredPeriod;
    private final Map<String, UnitAssessment> latest = new ConcurrentHashMap<>();
    private final Set<String> registered = ConcurrentHashMap.newKeySet();
    private volatile long seenVersion = -1;
    private volatile String seenPeriod;

    public RateGauges(AssessmentService assessments, FigureChanges changes, MeterRegistry meters, Clock clock,
                      TimeProperties time, @Value("${huiying.reporting.gauges.period:}") String configuredPeriod) {
        this.assessments = assessments;
        this.changes = changes;
        this.meters = meters;
        this.clock = clock;
        this.time = time;
        this.configuredPeriod = configuredPeriod;
    }

    @Scheduled(fixedDelayString = "${huiying.reporting.gauges.refresh-interval:PT5S}")
    public void refresh() {
        long version = changes.version();
        String period = configuredPeriod.isBlank() ? Year.now(clock.withZone(time.zone())).toString() : configuredPeriod;
        if (version == seenVersion && period.equals(seenPeriod)) {
            return;
        }
        for (UnitAssessment unit : assessments.assess(Period.parse(period), null).units()) {
            latest.put(unit.unitId(), unit);
            if (registered.add(unit.unitId())) {
                register(unit.unitId());
            }
        }
        seenVersion = version;
        seenPeriod = period;
    }

    private void register(String unitId) {
        gauge("huiying.reporting.answer.rate", "答复率 Answer rate of the unit in the assessment period", unitId,
                u -> orNaN(u.answerRate()));
        gauge("huiying.reporting.satisfaction.rate", "满意率 Satisfaction rate of the unit in the assessment period",
                unitId, u -> orNaN(u.satisfactionRate()));
        gauge("huiying.reporting.received.cases", "受理件数 Cases of the unit in the assessment period", unitId,
                UnitAssessment::received);
    }

    private void gauge(String name, String description, String unitId, ToDoubleFunction<UnitAssessment> value) {
        Gauge.builder(name, latest, units -> units.containsKey(unitId) ? value.applyAsDouble(units.get(unitId))
                        : Double.NaN)
                .description(description).tag("unit", unitId).register(meters);
    }

    private static double orNaN(Double rate) {
        return rate == null ? Double.NaN : rate;
    }
}
