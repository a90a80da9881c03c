package org.huiying.routing.assignmentview;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.huiying.support.domain.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;

@RestController
@Tag(name = "Assignments 分办", description = "Who answers each case, and how it got there")
public class AssignmentQueryController {

    private final AssignmentHistories histories;
    private final UnitCases unitCases;
    private final ProblemCases problems;

    public AssignmentQueryController(AssignmentHistories histories, UnitCases unitCases, ProblemCases problems) {
        this.histories = histories;
        this.unitCases = unitCases;
        this.problems = problems;
    }

    @GetMapping("/api/cases/{caseId}/assignment")
    @Operation(summary = "A case's assignment and its history 案件分办情况与流转记录",
            description = "The lead unit (牵头单位) and co-units (协办单位) now, the number of returns (退回) and"
                    + " transfers (转办), the problem-case flag (提级督办), and every step, oldest first.")
    public Mono<AssignmentHistory> history(@PathVariable String caseId) {
        return Mono.fromCallable(() -> histories.find(caseId)
                        .orElseThrow(() -> new NotFoundException("Routing has no case " + caseId + " 没有此案件")))
                .subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/api/units/{unitId}/cases")
    @Operation(summary = "A unit's current cases 单位当前承办的案件",
            description = "The cases the unit leads or assists now, oldest first; role is lead or co-unit.")
    public Mono<List<UnitCase>> unitCases(@PathVariable String unitId) {
        return Mono.fromCallable(() -> unitCases.of(unitId)).subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/api/routing/problem-cases")
    @Operation(summary = "Problem cases for the office 提级督办案件 (office role 舆情办)",
            description = "Cases returned or transferred too often, or left without a lead unit too long.")
    public Mono<List<ProblemCases.ProblemCase>> problemCases() {
        return Mono.fromCallable(problems::all).subscribeOn(Schedulers.boundedElastic());
    }
}
