package org.huiying.routing.directory.change;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.huiying.contracts.routing.ForumAccount;
import org.huiying.routing.directory.Unit;
import org.huiying.routing.directory.UnitDirectory;
import org.huiying.routing.directory.change.DirectoryCommands.ChangeUnitCommand;
import org.huiying.routing.directory.change.DirectoryCommands.CreateUnitCommand;
import org.huiying.routing.directory.change.DirectoryCommands.ImportDirectoryCommand;
import org.huiying.routing.directory.change.DirectoryCommands.RegisterAccountCommand;
import org.huiying.routing.directory.change.DirectoryCommands.RemoveAccountCommand;
import org.huiying.routing.directory.change.DirectoryCommands.RetireUnitCommand;
import org.huiying.support.domain.NotFoundException;
import org.huiying.support.domain.RuleViolationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The unit directory (单位名录) as one aggregate, so that every change is checked against the whole: a unit's parent
 * exists, a forum account belongs to one unit only, a unit that rules still send cases to is not retired.
 */
@Aggregate(cache = "aggregateCache")
public class Directory {

    @AggregateIdentifier
    private String directoryId;
    private UnitDirectory directory = UnitDirectory.EMPTY;

    protected Directory() {
    }

    /** The file was checked whole by the reader; only what differs from the directory in force becomes events. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ImportDirectoryCommand command) {
        UnitDirectory next = command.directory();
        for (Unit unit : next.units()) {
            Unit current = directory.unit(unit.id()).orElse(null);
            if (current == null) {
                apply(new UnitCreatedEvent(unit, command.by(), command.at()));
            } else if (!current.equals(unit)) {
                apply(new UnitChangedEvent(unit, command.by(), command.at()));
            }
        }
        for (Unit unit : directory.activeUnits()) {
            if (next.unit(unit.id()).isEmpty()) {
                apply(new UnitRetiredEvent(unit.retire(), command.by(), command.at()));
            }
        }
        if (!directory.rules().equals(next.rules())) {
            apply(new RoutingRulesReplacedEvent(next.rules(), command.by(), command.at()));
        }
        apply(new DirectoryImportedEvent(command.file(), command.sha256(), command.by(), command.at()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(CreateUnitCommand command) {
        Unit unit = command.unit();
        if (directory.unit(unit.id()).isPresent()) {
            throw RuleViolationException.conflict("directory.unit-exists",
                    "Unit " + unit.id() + " exists already 单位已存在");
        }
        requireParent(unit.id(), unit.parentId());
        unit.accounts().forEach(account -> requireFree(account, unit.id()));
        apply(new UnitCreatedEvent(new Unit(unit.id(), unit.name(), unit.kind(), unit.parentId(), unit.accounts(),
                unit.spokesperson(), unit.liaison(), unit.contact(), unit.addressedAs(), false),
                command.by(), command.at()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ChangeUnitCommand command) {
        Unit current = activeUnit(command.unitId());
        requireParent(command.unitId(), command.parentId());
        Unit changed = new Unit(current.id(), command.name(), command.kind(), command.parentId(), current.accounts(),
                command.spokesperson(), command.liaison(), command.contact(), command.addressedAs(), false);
        if (!changed.equals(current)) {
            apply(new UnitChangedEvent(changed, command.by(), command.at()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RetireUnitCommand command) {
        Unit unit = activeUnit(command.unitId());
        List<String> rules = directory.rules().stream()
                .filter(rule -> unit.id().equals(rule.lead())).map(rule -> rule.id()).toList();
        if (!rules.isEmpty()) {
            throw RuleViolationException.conflict("directory.unit-in-rules", "Rules " + rules + " still send cases"
                    + " to " + unit.id() + "; change them first 仍有分办规则指向该单位");
        }
        List<String> children = directory.activeUnits().stream()
                .filter(child -> unit.id().equals(child.parentId())).map(Unit::id).toList();
        if (!children.isEmpty()) {
            throw RuleViolationException.conflict("directory.unit-has-children", "Units " + children
                    + " belong to " + unit.id() + "; retire or move them first 仍有下属单位");
        }
        apply(new UnitRetiredEvent(unit.retire(), command.by(), command.at()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegisterAccountCommand command) {
        Unit unit = activeUnit(command.unitId());
        requireFree(command.account(), unit.id());
        List<ForumAccount> accounts = new ArrayList<>(unit.accounts());
        accounts.add(command.account());
        apply(new AccountRegisteredEvent(unit.withAccounts(accounts), command.account(), command.by(),
                command.at()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RemoveAccountCommand command) {
        Unit unit = activeUnit(command.unitId());
        if (!unit.hasAccount(command.account())) {
            throw new NotFoundException("Unit " + unit.id() + " has no account " + command.account().handle()
                    + " on " + command.account().source() + " 无此备案网名");
        }
        List<ForumAccount> accounts = new ArrayList<>(unit.accounts());
        accounts.remove(command.account());
        apply(new AccountRemovedEvent(unit.withAccounts(accounts), command.account(), command.by(), command.at()));
    }

    private Unit activeUnit(String unitId) {
        Unit unit = directory.unit(unitId)
                .orElseThrow(() -> new NotFoundException("No unit " + unitId + " in the directory 无此单位"));
        if (unit.retired()) {
            throw RuleViolationException.conflict("directory.unit-retired",
                    "Unit " + unitId + " is retired 单位已撤销");
        }
        return unit;
    }

    private void requireParent(String unitId, String parentId) {
        if (parentId != null && (Objects.equals(parentId, unitId) || !directory.isActive(parentId))) {
            throw RuleViolationException.unprocessable("directory.unknown-parent",
                    "Parent unit " + parentId + " is not an active unit of the directory 上级单位不存在");
        }
    }

    private void requireFree(ForumAccount account, String unitId) {
        directory.units().stream().filter(unit -> unit.hasAccount(account)).findFirst().ifPresent(owner -> {
            throw RuleViolationException.conflict("directory.account-taken", "Account " + account.handle() + " on "
                    + account.source() + " is registered to " + owner.id() + " 该网名已由其他单位备案");
        });
    }

    @EventSourcingHandler
    void on(UnitEvent event) {
        directoryId = DirectoryCommands.DIRECTORY_ID;
        directory = DirectoryFold.apply(directory, event);
    }

    @EventSourcingHandler
    void on(RoutingRulesReplacedEvent event) {
        directoryId = DirectoryCommands.DIRECTORY_ID;
        directory = DirectoryFold.apply(directory, event);
    }

    @EventSourcingHandler
    void on(DirectoryImportedEvent event) {
        directoryId = DirectoryCommands.DIRECTORY_ID;
    }
}
