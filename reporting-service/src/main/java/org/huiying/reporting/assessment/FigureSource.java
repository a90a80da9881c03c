package org.huiying.reporting.assessment;

import org.huiying.reporting.casefacts.CaseEvaluator;
import org.huiying.reporting.casefacts.CaseRecord;
import org.huiying.reporting.casefacts.CaseState;
import org.huiying.reporting.casefacts.Figure;
import org.huiying.reporting.casefacts.FigureDocuments;
import org.huiying.reporting.casefacts.ReadModel;
import org.huiying.reporting.casefacts.ReadModels;
import org.huiying.reporting.units.UnitNames;
import org.huiying.support.time.TimeProperties;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sets behind every figure of a period. Now, for whole months: the union of the per-unit monthly documents (the
 * live projection). As of an earlier instant, or for part of a month: every case posted in the period, re-evaluated
 * from its stored events with the same rules the projection uses. Both list every unit of the directory.
 */
@Component
public class FigureSource {

    private final ReadModels models;
    private final UnitNames names;
    private final CaseEvaluator evaluator;

    public FigureSource(ReadModels models, UnitNames names, TimeProperties time) {
        this.models = models;
        this.names = names;
        this.evaluator = new CaseEvaluator(time.zone());
    }

    public FigureSets figures(Period period, Instant asOf) {
        ReadModel model = models.active();
        return asOf == null && period.wholeMonths() ? live(model, period) : evaluated(model, period, asOf);
    }

    /** The cases of the period as they stand (or stood at {@code asOf}), for listing what lies behind a figure. */
    public List<CaseState> cases(Period period, Instant asOf, Set<String> caseIds) {
        Instant at = asOf == null ? Instant.MAX : asOf;
        return models.active().cases().findAll(caseIds).stream().map(r -> evaluator.evaluate(r, at)).toList();
    }

    private FigureSets live(ReadModel model, Period period) {
        FigureSets sets = withDirectory();
        Set<String> units = new TreeSet<>(model.months().units(period.months()));
        units.addAll(sets.unitIds());
        List<String> documents = new ArrayList<>();
        for (String unit : units) {
            for (YearMonth month : period.months()) {
                documents.add(FigureDocuments.monthId(unit, month));
            }
        }
        model.figures().find(documents).forEach((id, figures) -> {
            String unit = id.substring(0, id.lastIndexOf('|'));
            sets.unit(unit);
            figures.forEach((figure, caseIds) -> sets.add(unit, figure, caseIds));
        });
        return sets;
    }

    private FigureSets evaluated(ReadModel model, Period period, Instant asOf) {
        FigureSets sets = withDirectory();
        Instant at = asOf == null ? Instant.MAX : asOf;
        for (CaseRecord record : model.cases().findAll(model.months().cases(period.months()))) {
            CaseState state = evaluator.evaluate(record, at);
            if (state.postedBetween(period.from(), period.to())) {
                for (Map.Entry<String, Set<Figure>> unit : state.figures().entrySet()) {
                    sets.unit(unit.getKey());
                    unit.getValue().forEach(figure -> sets.add(unit.getKey(), figure, List.of(state.caseId())));
                }
            }
        }
        return sets;
    }

    private FigureSets withDirectory() {
        FigureSets sets = new FigureSets();
        names.all().keySet().forEach(sets::unit);
        return sets;
    }
}
