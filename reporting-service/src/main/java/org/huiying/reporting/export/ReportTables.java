package org.huiying.reporting.export;

import org.huiying.reporting.assessment.Assessment;
import org.huiying.reporting.assessment.Rate;
import org.huiying.reporting.assessment.UnitAssessment;
import org.huiying.reporting.casefacts.Figure;
import org.huiying.reporting.monthly.CountLine;
import org.huiying.reporting.monthly.MonthlySummary;
import org.huiying.reporting.monthly.Topic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The assessment and the monthly summary as tables with Chinese headers. */
public final class ReportTables {

    static final List<Figure> ASSESSED = List.of(Figure.RECEIVED, Figure.ACKNOWLEDGED, Figure.ACKNOWLEDGED_ON_TIME,
            Figure.ANSWERED, Figure.ANSWERED_ON_TIME, Figure.EXTENDED, Figure.URGED, Figure.SUPERVISED,
            Figure.PUBLICLY_NOTIFIED, Figure.RETURNED, Figure.RATED, Figure.SATISFIED, Figure.BASICALLY_SATISFIED,
            Figure.DISSATISFIED, Figure.IMPLEMENTED);

    private ReportTables() {
    }

    public static Table assessment(Assessment assessment) {
        List<String> headers = new ArrayList<>(List.of("排名", "单位编号", "单位名称"));
        ASSESSED.forEach(f -> headers.add(f.label()));
        Arrays.stream(Rate.values()).forEach(r -> headers.add(r.label()));
        headers.add("综合得分");
        List<List<Object>> rows = new ArrayList<>();
        for (UnitAssessment unit : assessment.units()) {
            List<Object> row = new ArrayList<>(Arrays.asList(unit.rank(), unit.unitId(), unit.unitName()));
            row.addAll(List.of(unit.received(), unit.acknowledged(), unit.acknowledgedOnTime(), unit.answered(),
                    unit.answeredOnTime(), unit.extended(), unit.urged(), unit.supervised(), unit.publiclyNotified(),
                    unit.returned(), unit.rated(), unit.satisfied(), unit.basicallySatisfied(), unit.dissatisfied(),
                    unit.implemented()));
            for (Rate rate : Rate.values()) {
                Double value = unit.rate(rate);
                row.add(value == null ? null : new Table.Fraction(value));
            }
            row.add(unit.score());
            rows.add(row);
        }
        return new Table("考核 " + assessment.period(), headers, rows);
    }

    public static Table monthly(MonthlySummary summary) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("合计", "受理件数", summary.received(), summary.previousReceived(), summary.change()));
        section(rows, "类型", summary.byKind());
        section(rows, "等级", summary.bySeverity());
        section(rows, "来源", summary.bySource());
        section(rows, "版块", summary.byBoard());
        section(rows, "单位", summary.byUnit());
        for (Topic topic : summary.busiestTopics()) {
            rows.add(Arrays.asList("热点话题", topic.word(), topic.cases(), null, null));
        }
        return new Table("月度总结 " + summary.month(), List.of("维度", "项目", "本月件数", "上月件数", "环比增减"), rows);
    }

    private static void section(List<List<Object>> rows, String dimension, List<CountLine> lines) {
        for (CountLine line : lines) {
            rows.add(Arrays.asList(dimension, line.label(), line.count(), line.previous(), line.change()));
        }
    }
}
