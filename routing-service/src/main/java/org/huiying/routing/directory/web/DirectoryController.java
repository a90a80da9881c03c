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
import org.huiying.support.eventstore.CommandMetaData;
import org.huiying.support.security.HuiyingUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

@RestController
@RequestMapping("/api/directory")
@Tag(name = "Unit directory 单位名录", description = "Units, registered forum accounts (网名备案) and routing rules."
        + " Changes are for the office role (舆情办); each is an event, published to routing.units.v1, recording the"
        + " signed-in user as the one who made it (the old changedBy / by fields are ignored).")
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
                                 @Parameter(description = "ignored, kept for old clients: the signed-in user is"
                                         + " recorded as the importer", deprecated = true)
                                 @RequestParam(required = false) String by,
                                 @RequestParam(defaultValue = "upload") String name,
                                 @AuthenticationPrincipal HuiyingUser user) {
        return Mono.fromCallable(() -> DirectoryFile.read(yaml, name))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(file -> send(user, new ImportDirectoryCommand(DirectoryCommands.DIRECTORY_ID,
                        file.directory(), file.name(), file.sha256(), user.getUsername(), clock.instant())));
    }

    @PostMapping("/units")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a unit 新增单位 (office role 舆情办)")
    public Mono<Void> create(@Valid @RequestBody UnitRequest request, @AuthenticationPrincipal HuiyingUser user) {
        List<ForumAccount> accounts = request.accounts() == null ? List.of() : request.accounts().stream()
                .map(account -> new ForumAccount(account.source().strip(), account.handle().strip())).toList();
        Unit unit = new Unit(request.id(), request.name().strip(), request.kind(), request.parentId(), accounts,
                request.spokesperson(), request.liaison(), request.contact(), request.addressedAs(), false);
        return send(user, new CreateUnitCommand(DirectoryCommands.DIRECTORY_ID, unit, user.getUsername(),
                clock.instant()));
    }

    @PutMapping("/units/{unitId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change a unit's particulars 修改单位信息 (office role 舆情办)")
    public Mono<Void> change(@PathVariable String unitId, @Valid @RequestBody UnitChangeRequest request,
                             @AuthenticationPrincipal HuiyingUser user) {
        return send(user, new ChangeUnitCommand(DirectoryCommands.DIRECTORY_ID, unitId, request.name().strip(),
                request.kind(), request.parentId(), request.spokesperson(), request.liaison(), request.contact(),
                request.addressedAs(), user.getUsername(), clock.instant()));
    }

    @PostMapping("/units/{unitId}/retire")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Retire a unit 撤销单位 (office role 舆情办)",
            description = "Refused while rules send cases to it or units belong to it (409).")
    public Mono<Void> retire(@PathVariable String unitId,
                             @RequestBody(required = false) ChangedByRequest request,
                             @AuthenticationPrincipal HuiyingUser user) {
        return send(user, new RetireUnitCommand(DirectoryCommands.DIRECTORY_ID, unitId, user.getUsername(),
                clock.instant()));
    }

    @PostMapping("/units/{unitId}/accounts")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Register a forum account 网名备案 (office role 舆情办)")
    public Mono<Void> registerAccount(@PathVariable String unitId, @Valid @RequestBody AccountRequest request,
                                      @AuthenticationPrincipal HuiyingUser user) {
        return send(user, new RegisterAccountCommand(DirectoryCommands.DIRECTORY_ID, unitId, account(request),
                user.getUsername(), clock.instant()));
    }

    @PostMapping("/units/{unitId}/accounts/remove")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a registered forum account 注销备案网名 (office role 舆情办)")
    public Mono<Void> removeAccount(@PathVariable String unitId, @Valid @RequestBody AccountRequest request,
                                    @AuthenticationPrincipal HuiyingUser user) {
        return send(user, new RemoveAccountCommand(DirectoryCommands.DIRECTORY_ID, unitId, account(request),
                user.getUsername(), clock.instant()));
    }

    private static ForumAccount account(AccountRequest request) {
        return new ForumAccount(request.source().strip(), request.handle().strip());
    }

    /** Sends the change in the signed-in user's name, who is recorded as making it. */
    private Mono<Void> send(HuiyingUser user, Object command) {
        return Mono.fromFuture(() -> commands.send(command,
                CommandMetaData.signedIn(user.getUsername(), DirectoryCommands.DIRECTORY_ID))).then();
    }
}
