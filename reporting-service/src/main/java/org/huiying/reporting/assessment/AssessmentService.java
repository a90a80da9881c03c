package org.huiying.reporting.assessment;

import org.huiying.reporting.casefacts.CaseState;
import org.huiying.reporting.casefacts.Figure;
import org.huiying.reporting.units.UnitNames;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The assessment of a period, and the cases behind any of its figures. Blocking: call on a blocking scheduler. */
@Service
public class AssessmentService {

    private final FigureSource source;
    private final AssessmentCalculator calculator;
    private final AssessmentPolicy policy;
    private final UnitNames names;
    private final Clock clock;

    public AssessmentService(FigureSource source, AssessmentCalculator calculator, AssessmentPolicy policy,
                             UnitNames names, Clock clock) {
        this.source = source;
        this.calculator = calculator;
        this.policy = policy;
        this.names = names;
        this.clock = clock;
    }

    public Assessment assess(Period period, Instant asOf) {
        FigureSets sets = source.figures(period, asOf);
        return new Assessment(period.label(), asOf != null ? asOf : clock.instant(), policy.describe(),
                calculator.assess(sets, names.all()));
    }

    public DrillDown drillDown(Period period, Instant asOf, String unitId, Figure figure) {
        FigureSets sets = source.figures(period, asOf);
        List<CaseLine> cases = source.cases(period, asOf, sets.cases(unitId, figure)).stream()
                .map(AssessmentService::line).sorted(Comparator.comparing(CaseLine::postedAt)
                        .thenComparing(CaseLine::caseId)).toList();
        Map<String, String> all = names.all();
        return new DrillDown(unitId, all.get(unitId), period.label(), asOf != null ? asOf : clock.instant(),
                figure.key(), figure.label(), cases.size(), cases);
    }

    private static CaseLine line(CaseState state) {
        var post = state.post();
        return new CaseLine(state.caseId(), post.title(), post.source(), post.board(), post.postedAt(), state.kind(),
                state.severity(), state.leadUnitId());
    }
}
