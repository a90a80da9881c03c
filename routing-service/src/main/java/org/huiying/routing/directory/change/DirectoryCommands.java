package org.huiying.routing.directory.change;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.huiying.contracts.routing.ForumAccount;
import org.huiying.contracts.routing.UnitKind;
import org.huiying.routing.directory.Unit;
import org.huiying.routing.directory.UnitDirectory;

import java.time.Instant;
import java.util.List;

/** The commands of the {@link Directory} aggregate; the office's changes to the unit directory. */
public final class DirectoryCommands {

    /** The directory is one aggregate: every change is checked against the whole. */
    public static final String DIRECTORY_ID = "unit-directory";

    private DirectoryCommands() {
    }

    /** Make a checked directory file the directory in force: units added, changed or retired, rules replaced. */
    public record ImportDirectoryCommand(@TargetAggregateIdentifier String directoryId, UnitDirectory directory,
                                         String file, String sha256, String by, Instant at) {
    }

    public record CreateUnitCommand(@TargetAggregateIdentifier String directoryId, Unit unit, String by,
                                    Instant at) {
    }

    /** Change a unit's particulars; its accounts stay as they are. */
    public record ChangeUnitCommand(@TargetAggregateIdentifier String directoryId, String unitId, String name,
                                    UnitKind kind, String parentId, String spokesperson, String liaison,
                                    String contact, List<String> addressedAs, String by, Instant at) {
    }

    public record RetireUnitCommand(@TargetAggregateIdentifier String directoryId, String unitId, String by,
                                    Instant at) {
    }

    public record RegisterAccountCommand(@TargetAggregateIdentifier String directoryId, String unitId,
                                         ForumAccount account, String by, Instant at) {
    }

    public record RemoveAccountCommand(@TargetAggregateIdentifier String directoryId, String unitId,
                                       ForumAccount account, String by, Instant at) {
    }
}
