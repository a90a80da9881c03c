package org.huiying.routing.dispatch;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.huiying.routing.assignment.AssignCaseCommand;
import org.huiying.routing.assignment.ReturnCaseCommand;
import org.huiying.routing.assignment.TransferCaseCommand;
import org.huiying.routing.directory.DirectoryInForce;
import org.huiying.support.domain.NotFoundException;
import org.huiying.support.domain.RuleViolationException;
import org.huiying.support.eventstore.CommandMetaData;
import org.huiying.support.security.ActingUnit;
import org.huiying.support.security.HuiyingUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

@RestController
@RequestMapping("/api/cases/{caseId}")
@Tag(name = "Dispatch 批办·退回·转办", description = "The office dispatches and transfers cases; lead units return"
        + " what is outside their remit")
public class DispatchController {

    private final CommandGateway commands;
    private final DirectoryInForce directory;
    private final Clock clock;

    public DispatchController(CommandGateway commands, DirectoryInForce directory, Clock clock) {
        this.commands = commands;
        this.directory = directory;
        this.clock = clock;
    }

    @PostMapping("/dispatch")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Dispatch or re-dispatch a case 批办 (office role 舆情办)",
            description = "Gives a case waiting in triage its lead unit and co-units, or changes the co-units of"
                    + " its lead unit. A case led by another unit is moved with a transfer (409 dispatch.has-lead)."
                    + " The signed-in user is recorded as the dispatcher (decidedBy in the body is ignored).")
    public Mono<Void> dispatch(@PathVariable String caseId, @Valid @RequestBody DispatchRequest request,
                               @AuthenticationPrincipal HuiyingUser user) {
        requireActive("dispatch", request.leadUnitId(), request.coUnitIds());
        return send(caseId, user, new AssignCaseCommand(caseId, request.leadUnitId(), list(request.coUnitIds()),
                null, user.getUsername(), clock.instant()));
    }

    @PostMapping("/return")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Return a case as outside the unit's remit 退回 (lead unit, or the office for it)",
            description = "Only the lead unit, with a reason, within the return window (working days, default 2)."
                    + " A unit user returns in its own unit's name (403 naming another unit); the office names the"
                    + " unit. The case goes back to the triage queue.")
    public Mono<Void> returnCase(@PathVariable String caseId, @Valid @RequestBody ReturnRequest request,
                                 @AuthenticationPrincipal HuiyingUser user) {
        String unitId = ActingUnit.of(user, request.unitId());
        return send(caseId, user, new ReturnCaseCommand(caseId, unitId, request.reason(), clock.instant()));
    }

    @PostMapping("/transfer")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Transfer a case to another lead unit 转办 (office role 舆情办)",
            description = "Moves a case from its lead unit to another, with a reason. Three returns and transfers"
                    + " make it a problem case (提级督办). The signed-in user is recorded (decidedBy is ignored).")
    public Mono<Void> transfer(@PathVariable String caseId, @Valid @RequestBody TransferRequest request,
                               @AuthenticationPrincipal HuiyingUser user) {
        requireActive("transfer", request.toUnitId(), request.coUnitIds());
        return send(caseId, user, new TransferCaseCommand(caseId, request.toUnitId(), list(request.coUnitIds()),
                request.reason(), user.getUsername(), clock.instant()));
    }

    /** Sends the command in the signed-in user's name: the user is recorded on the events it causes. */
    private Mono<Void> send(String caseId, HuiyingUser user, Object command) {
        return Mono.fromFuture(() -> commands.send(command, CommandMetaData.signedIn(user.getUsername(), caseId)))
                .onErrorMap(AggregateNotFoundException.class,
                        e -> new NotFoundException("Routing has no case " + caseId + " 没有此案件"))
                .then();
    }

    private void requireActive(String action, String leadUnitId, List<String> coUnitIds) {
        List<String> units = new ArrayList<>(list(coUnitIds));
        units.add(0, leadUnitId);
        List<String> unknown = units.stream().filter(unit -> !directory.get().isActive(unit)).toList();
        if (!unknown.isEmpty()) {
            throw RuleViolationException.unprocessable(action + ".unknown-unit",
                    "Not active units of the directory: " + unknown + " 单位不存在或已撤销");
        }
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }
}
