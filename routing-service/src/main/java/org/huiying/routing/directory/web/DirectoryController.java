package org.huiying.routing.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.huiying.contracts.routing.ForumAccount;
import org.huiying.routing.directory.DirectoryFile;
import org.huiying.routing.directory.DirectoryFileWriter;
import org.huiying.routing.directory.DirectoryInForce;
import org.huiying.routing.directory.Unit;
import org.huiying.routing.directory.UnitDirectory;
import org.huiying.routing.directory.change.DirectoryCommands;
import org.huiying.routing.directory.change.DirectoryCommands.ChangeUnitCommand;
import org.huiying.routing.directory.change.DirectoryCommands.CreateUnitCommand;
import org.huiying.routing.directory.change.DirectoryCommands.ImportDirectoryCommand;
import org.huiying.routing.directory.change.DirectoryCommands.RegisterAccountCommand;
import org.huiying.routing.directory.change.DirectoryCommands.RemoveAccountCommand;
import org.huiying.routing.directory.change.DirectoryCommands.RetireUnitCommand;
import org.huiying.support.domain.NotFoundException;
import org.huiying.support.domain.RuleViolationException;
import org.huiying.support.eventstore.CommandMetaData;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/directory")
@Tag(name = "Unit directory 单位名录", description = "Units, registered forum accounts (网名备案) and routing rules."
        + " Changes are for the office role (舆情办); each is an event, published to routing.units.v1.")
public class DirectoryController {

    static final String YAML = "application/yaml";

    private final DirectoryInForce inForce;
    private final DirectoryFileWriter writer;
    private final CommandGateway commands;
    private final Clock clock;

    public DirectoryController(DirectoryInForce inForce, DirectoryFileWriter writer, CommandGateway commands,
                               Clock clock) {
        this.inForce = inForce;
        this.writer = writer;
        this.commands = commands;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The directory in force 当前单位名录与分办规则")
    public UnitDirectory directory() {
        return inForce.get();
    }

    @GetMapping("/units/{unitId}")
    @Operation(summary = "One unit 单位详情")
    public Unit unit(@PathVariable String unitId) {
        return inForce.get().unit(unitId).orElseThrow(() -> new NotFoundException("No unit " + unitId + " 无此单位"));
    }

    @GetMapping(value = "/export", produces = {YAML, "text/plain"})
    @Operation(summary = "Export the directory as a YAML file 导出名录文件",
            description = "The import format: units (retired ones marked) and rules.")
    public String export() {
        return writer.write(inForce.get());
    }

    @PutMapping(consumes = {YAML, "application/x-yaml", "text/yaml", "text/plain"})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Import a directory file 导入名录文件 (office role 舆情办)",
            description = "The file becomes the directory: units added, changed or retired, rules replaced. A file"
                    + " with any error is refused whole (422 naming the line and the field) and nothing changes.")
    public Mono<Void> importFile(@RequestBody String yaml,
                                 @Parameter(description = "经办人 who imports") @RequestParam String by,
                                 @RequestParam(defaultValue = "upload") String name) {
        return Mono.fromCallable(() -> DirectoryFile.read(yaml, name))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(file -> send(new ImportDirectoryCommand(DirectoryCommands.DIRECTORY_ID, file.directory(),
                        file.name(), file.sha256(), by, clock.instant())));
    }

    @PostMapping("/units")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a unit 新增单位 (office role 舆情办)")
    public Mono<Void> create(@Valid @RequestBody UnitRequest request) {
        List<ForumAccount> accounts = request.accounts() == null ? List.of() : request.accounts().stream()
                .map(account -> new ForumAccount(account.source().strip(), account.handle().strip())).toList();
        Unit unit = new Unit(request.id(), request.name().strip(), request.kind(), request.parentId(), accounts,
                request.spokesperson(), request.liaison(), request.contact(), request.addressedAs(), false);
        return send(new CreateUnitCommand(DirectoryCommands.DIRECTORY_ID, unit, request.changedBy(),
                clock.instant()));
    }

    @PutMapping("/units/{unitId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change a unit's particulars 修改单位信息 (office role 舆情办)")
    public Mono<Void> change(@PathVariable String unitId, @Valid @RequestBody UnitChangeRequest request) {
        return send(new ChangeUnitCommand(DirectoryCommands.DIRECTORY_ID, unitId, request.name().strip(),
                request.kind(), request.parentId(), request.spokesperson(), request.liaison(), request.contact(),
                request.addressedAs(), request.changedBy(), clock.instant()));
    }

    @PostMapping("/units/{unitId}/retire")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Retire a unit 撤销单位 (office role 舆情办)",
            description = "Refused while rules send cases to it or units belong to it (409).")
    public Mono<Void> retire(@PathVariable String unitId, @Valid @RequestBody ChangedByRequest request) {
        return send(new RetireUnitCommand(DirectoryCommands.DIRECTORY_ID, unitId, request.changedBy(),
                clock.instant()));
    }

    @PostMapping("/units/{unitId}/accounts")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Register a forum account 网名备案 (office role 舆情办)")
    public Mono<Void> registerAccount(@PathVariable String unitId, @Valid @RequestBody AccountRequest request) {
        return send(new RegisterAccountCommand(DirectoryCommands.DIRECTORY_ID, unitId, account(request),
                changedBy(request), clock.instant()));
    }

    @PostMapping("/units/{unitId}/accounts/remove")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a registered forum account 注销备案网名 (office role 舆情办)")
    public Mono<Void> removeAccount(@PathVariable String unitId, @Valid @RequestBody AccountRequest request) {
        return send(new RemoveAccountCommand(DirectoryCommands.DIRECTORY_ID, unitId, account(request),
                changedBy(request), clock.instant()));
    }

    private static ForumAccount account(AccountRequest request) {
        return new ForumAccount(request.source().strip(), request.handle().strip());
    }

    private static String changedBy(AccountRequest request) {
        if (request.changedBy() == null || request.changedBy().isBlank()) {
            throw RuleViolationException.unprocessable("directory.changed-by-required",
                    "A change names who makes it 须注明经办人");
        }
        return request.changedBy();
    }

    private Mono<Void> send(Object command) {
        return Mono.fromFuture(() -> commands.send(command,
                CommandMetaData.causedBy(UUID.randomUUID().toString(), DirectoryCommands.DIRECTORY_ID))).then();
    }
}
