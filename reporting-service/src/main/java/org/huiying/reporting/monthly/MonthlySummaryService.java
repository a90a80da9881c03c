package org.huiying.reporting.monthly;

import org.huiying.reporting.casefacts.CaseEvaluator;
import org.huiying.reporting.casefacts.CaseState;
import org.huiying.reporting.casefacts.ReadModel;
import org.huiying.reporting.casefacts.ReadModels;
import org.huiying.reporting.units.UnitNames;
import org.huiying.support.time.TimeProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the monthly summary from the cases posted in the month and in the month before. Blocking. */
@Service
public class MonthlySummaryService {

    private final ReadModels models;
    private final UnitNames names;
    private final TopicExtractor topics;
    private final CaseEvaluator evaluator;
    private final int topicCount;

    public MonthlySummaryService(ReadModels models, UnitNames names, TopicExtractor topics, TimeProperties time,
                                 @Value("${huiying.reports.topics:10}") int topicCount) {
        this.models = models;
        this.names = names;
        this.topics = topics;
        this.evaluator = new CaseEvaluator(time.zone());
        this.topicCount = topicCount;
    }

    public MonthlySummary summary(YearMonth month) {
        ReadModel model = models.active();
        List<CaseState> now = cases(model, month);
        List<CaseState> before = cases(model, month.minusMonths(1));
        Map<String, String> units = names.all();
        int change = now.size() - before.size();
        return new MonthlySummary(month.toString(), month.minusMonths(1).toString(), now.size(), before.size(),
                change, before.isEmpty() ? null : (double) change / before.size(),
                breakdown(now, before, s -> orNone(s.kind()), Labels::kind),
                breakdown(now, before, s -> orNone(s.severity()), Labels::severity),
                breakdown(now, before, s -> s.post().source(), Function.identity()),
                breakdown(now, before, s -> s.post().board() == null ? "" : s.post().board(), Function.identity()),
                breakdown(now, before, s -> s.leadUnitId() == null ? Labels.UNASSIGNED : s.leadUnitId(),
                        id -> Labels.UNASSIGNED.equals(id) ? "待分派" : units.getOrDefault(id, id)),
                topics.busiest(now.stream().map(s -> s.post().title()).toList(), topicCount));
    }

    private List<CaseState> cases(ReadModel model, YearMonth month) {
        return model.cases().findAll(model.months().cases(List.of(month))).stream()
                .map(record -> evaluator.evaluate(record, Instant.MAX))
                .filter(s -> s.posted() && s.month().equals(month)).toList();
    }

    private static List<CountLine> breakdown(List<CaseState> now, List<CaseState> before,
                                             Function<CaseState, String> key, Function<String, String> label) {
        Map<String, Long> current = now.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
        Map<String, Long> previous = before.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
        TreeSet<String> keys = new TreeSet<>(current.keySet());
        keys.addAll(previous.keySet());
        List<CountLine> lines = new ArrayList<>();
        for (String k : keys) {
            int count = current.getOrDefault(k, 0L).intValue();
            int last = previous.getOrDefault(k, 0L).intValue();
            lines.add(new CountLine(k, label.apply(k), count, last, count - last));
        }
        lines.sort(Comparator.comparing(CountLine::count).reversed().thenComparing(CountLine::key));
        return lines;
    }

    private static String orNone(String value) {
        return Objects.requireNonNullElse(value, Labels.NONE);
    }
}
