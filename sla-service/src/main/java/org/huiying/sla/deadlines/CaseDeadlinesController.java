package org.huiying.sla.deadlines;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.huiying.sla.clock.ExtensionDecision;
import org.huiying.sla.clock.RequestExtensionCommand;
import org.huiying.sla.tracking.OpenCases;
import org.huiying.support.domain.NotFoundException;
import org.huiying.support.domain.RuleViolationException;
import org.huiying.support.eventstore.CommandMetaData;
import org.huiying.support.security.ActingUnit;
import org.huiying.support.security.HuiyingUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.time.Instant;

@RestController
@RequestMapping("/api/cases/{caseId}")
@Tag(name = "Deadlines 办理期限", description = "Each case's deadlines, extensions 延期 and escalations 催办/督办/通报")
public class CaseDeadlinesController {

    private static final Logger log = LoggerFactory.getLogger(CaseDeadlinesController.class);

    private final OpenCases cases;
    private final CommandGateway commands;
    private final Clock clock;

    public CaseDeadlinesController(OpenCases cases, CommandGateway commands, Clock clock) {
        this.cases = cases;
        this.commands = commands;
        this.clock = clock;
    }

    @GetMapping("/deadlines")
    @Operation(summary = "A case's deadlines 案件办理期限",
            description = "Deadlines with the policy and version that set them, response and answer, extensions, "
                    + "escalations fired (each with when it was due and when it fired), and the unit segments.")
    public Mono<CaseDeadlinesResponse> deadlines(@PathVariable String caseId) {
        return Mono.fromCallable(() -> cases.find(caseId).map(CaseDeadlinesResponse::of)
                        .orElseThrow(() -> new NotFoundException("No deadlines for case " + caseId)))
                .subscribeOn(Schedulers.boundedElastic());
    }

    @PostMapping("/extensions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Extend the answer deadline 申请延期",
            description = "By the assigned unit (a unit user asks in its own unit's name; naming another unit is 403),"
                    + " or by the office naming the unit, before the current answer deadline, with a public"
                    + " explanation and a committed new deadline within the policy's cap. Refusals are published"
                    + " (extension-refused) and answered 422 naming the rule; a unit the case is not assigned to or"
                    + " an answered case is 409. The signed-in user is recorded as the one who asked (requestedBy).")
    public Mono<ExtensionResponse> extend(@PathVariable String caseId, @Valid @RequestBody ExtensionRequest request,
                                          @AuthenticationPrincipal HuiyingUser user) {
        String unitId = ActingUnit.of(user, request.unitId());
        RequestExtensionCommand command = new RequestExtensionCommand(caseId, unitId,
                request.explanation() == null ? "" : request.explanation(), request.newDueAt(), clock.instant());
        return Mono.fromFuture(commands.<ExtensionDecision>send(command,
                        CommandMetaData.signedIn(user.getUsername(), caseId)))
                .onErrorMap(AggregateNotFoundException.class, e -> new NotFoundException("No case " + caseId))
                .map(decision -> {
                    log.info("Extension of case {} for unit {} asked by {}: {}", caseId, unitId, user.getUsername(),
                            decision.granted() ? "granted until " + decision.newDueAt() : "refused, " + decision.rule());
                    if (!decision.granted()) {
                        throw RuleViolationException.unprocessable(decision.rule(), decision.reason());
                    }
                    return ExtensionResponse.of(decision, user.getUsername());
                });
    }

    /** The decision, and the signed-in user who asked (also kept as the actor of the stored extension event). */
    public record ExtensionResponse(boolean granted, String rule, String reason, Instant previousDueAt,
                                    Instant newDueAt, String requestedBy) {

        static ExtensionResponse of(ExtensionDecision decision, String requestedBy) {
            return new ExtensionResponse(decision.granted(), decision.rule(), decision.reason(),
                    decision.previousDueAt(), decision.newDueAt(), requestedBy);
        }
    }

    /**
     * 延期申请: the unit (a unit user's own when left out; required when the office asks for a unit), its public
     * explanation, and the committed new answer deadline.
     */
    public record ExtensionRequest(String unitId, String explanation, @NotNull Instant newDueAt) {
    }
}
