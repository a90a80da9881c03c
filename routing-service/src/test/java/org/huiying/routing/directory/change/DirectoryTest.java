package org.huiying.routing.directory.change;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.huiying.contracts.routing.ForumAccount;
import org.huiying.contracts.routing.UnitKind;
import org.huiying.routing.directory.RoutingRule;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.huiying.routing.directory.change.DirectoryCommands.DIRECTORY_ID;

class DirectoryTest {

    static final Instant AT = Instant.parse("2026-03-01T00:00:00Z");
    static final String BY = "舆情办 李明";
    static final ForumAccount DIPU_ACCOUNT = new ForumAccount("anji-bbs", "递铺街道网络发言人");
    static final Unit DIPU = new Unit("dipu", "递铺街道", UnitKind.TOWNSHIP, null, List.of(DIPU_ACCOUNT));
    static final Unit JIAOTONG = new Unit("jiaotong", "县交通运输局", UnitKind.DEPARTMENT, null, List.of());
    static final RoutingRule BOARD_DIPU = new RoutingRule("board-dipu", 10, "递铺论坛", List.of(), List.of(), "dipu");

    FixtureConfiguration<Directory> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Directory.class);
    }

    static UnitCreatedEvent created(Unit unit) {
        return new UnitCreatedEvent(unit, BY, AT);
    }

    @Test
    void shouldCreateEveryUnitAndTheRulesWhenTheFirstFileIsImported() {
        fixture.givenNoPriorActivity()
                .when(new ImportDirectoryCommand(DIRECTORY_ID, new UnitDirectory(List.of(DIPU, JIAOTONG),
                        List.of(BOARD_DIPU)), "anji.yml", "abc", BY, AT))
                .expectEvents(created(DIPU), created(JIAOTONG),
                        new RoutingRulesReplacedEvent(List.of(BOARD_DIPU), BY, AT),
                        new DirectoryImportedEvent("anji.yml", "abc", BY, AT));
    }

    @Test
    void shouldRecordOnlyTheDifferencesWhenAChangedFileIsImported() {
        Unit renamed = new Unit("dipu", "递铺街道办事处", UnitKind.TOWNSHIP, null, List.of(DIPU_ACCOUNT));
        fixture.given(created(DIPU), created(JIAOTONG), new RoutingRulesReplacedEvent(List.of(BOARD_DIPU), BY, AT))
                .when(new ImportDirectoryCommand(DIRECTORY_ID, new UnitDirectory(List.of(renamed),
                        List.of(BOARD_DIPU)), "anji.yml", "def", BY, AT))
                .expectEvents(new UnitChangedEvent(renamed, BY, AT), new UnitRetiredEvent(JIAOTONG.retire(), BY, AT),
                        new DirectoryImportedEvent("anji.yml", "def", BY, AT));
    }

    @Test
    void shouldCreateAUnitWhenItsIdIsNew() {
        fixture.given(created(DIPU))
                .when(new CreateUnitCommand(DIRECTORY_ID, JIAOTONG, BY, AT))
                .expectEvents(created(JIAOTONG));
    }

    @Test
    void shouldRefuseToCreateAUnitWhenTheIdIsTaken() {
        fixture.given(created(DIPU))
                .when(new CreateUnitCommand(DIRECTORY_ID, DIPU, BY, AT))
                .expectNoEvents()
                .expectException(RuleViolationException.class);
    }

    @Test
    void shouldRefuseToCreateAUnitWhenItsParentIsUnknown() {
        Unit village = new Unit("dacun", "大溪村", UnitKind.TOWNSHIP, "tianhuangping", List.of());
        fixture.given(created(DIPU))
                .when(new CreateUnitCommand(DIRECTORY_ID, village, BY, AT))
                .expectNoEvents()
                .expectException(RuleViolationException.class);
    }

    @Test
    void shouldRefuseToCreateAUnitWhenItsAccountBelongsToAnother() {
        Unit copycat = new Unit("copy", "冒名单位", UnitKind.DEPARTMENT, null, List.of(DIPU_ACCOUNT));
        fixture.given(created(DIPU))
                .when(new CreateUnitCommand(DIRECTORY_ID, copycat, BY, AT))
                .expectNoEvents()
                .expectException(RuleViolationException.class);
    }

    @Test
    void shouldChangeTheParticularsAndKeepTheAccountsWhenAUnitIsChanged() {
        fixture.given(created(DIPU))
                .when(new ChangeUnitCommand(DIRECTORY_ID, "dipu", "递铺街道", UnitKind.TOWNSHIP, null, "张伟", "陈静",
                        "0572-5320001", List.of("递铺"), BY, AT))
                .expectEvents(new UnitChangedEvent(new Unit("dipu", "递铺街道", UnitKind.TOWNSHIP, null,
                        List.of(DIPU_ACCOUNT), "张伟", "陈静", "0572-5320001", List.of("递铺"), false), BY, AT));
    }

    @Test
    void shouldAnswerNotFoundWhenAnUnknownUnitIsChanged() {
        fixture.given(created(DIPU))
                .when(new ChangeUnitCommand(DIRECTORY_ID, "shuili", "县水利局", UnitKind.DEPARTMENT, null, null, null,
                        null, List.of(), BY, AT))
                .expectNoEvents()
                .expectException(NotFoundException.class);
    }

    @Test
    void shouldRetireAUnitWhenNoRuleSendsCasesToIt() {
        fixture.given(created(DIPU), created(JIAOTONG), new RoutingRulesReplacedEvent(List.of(BOARD_DIPU), BY, AT))
                .when(new RetireUnitCommand(DIRECTORY_ID, "jiaotong", BY, AT))
                .expectEvents(new UnitRetiredEvent(JIAOTONG.retire(), BY, AT));
    }

    @Test
    void shouldRefuseToRetireAUnitWhenARuleStillSendsCasesToIt() {
        fixture.given(created(DIPU), new RoutingRulesReplacedEvent(List.of(BOARD_DIPU), BY, AT))
                .when(new RetireUnitCommand(DIRECTORY_ID, "dipu", BY, AT))
                .expectNoEvents()
                .expectException(RuleViolationException.class);
    }

    @Test
    void shouldRefuseToRetireAUnitWhenItIsRetiredAlready() {
        fixture.given(created(JIAOTONG), new UnitRetiredEvent(JIAOTONG.retire(), BY, AT))
                .when(new RetireUnitCommand(DIRECTORY_ID, "jiaotong", BY, AT))
                .expectNoEvents()
                .expectException(RuleViolationException.class);
    }

    @Test
    void shouldRefuseToRetireAUnitWhenUnitsBelongToIt() {
        Unit village = new Unit("dacun", "大溪村", UnitKind.TOWNSHIP, "dipu", List.of());
        fixture.given(created(DIPU), created(village))
                .when(new RetireUnitCommand(DIRECTORY_ID, "dipu", BY, AT))
                .expectNoEvents()
                .expectException(RuleViolationException.class);
    }

    @Test
    void shouldRegisterAnAccountWhenNoUnitHasIt() {
        ForumAccount account = new ForumAccount("huzhou-msg", "安吉县交通运输局");
        fixture.given(created(JIAOTONG))
                .when(new RegisterAccountCommand(DIRECTORY_ID, "jiaotong", account, BY, AT))
                .expectEvents(new AccountRegisteredEvent(JIAOTONG.withAccounts(List.of(account)), account, BY, AT));
    }

    @Test
    void shouldRefuseToRegisterAnAccountWhenAnotherUnitHasIt() {
        fixture.given(created(DIPU), created(JIAOTONG))
                .when(new RegisterAccountCommand(DIRECTORY_ID, "jiaotong", DIPU_ACCOUNT, BY, AT))
                .expectNoEvents()
                .expectException(RuleViolationException.class);
    }

    @Test
    void shouldRefuseToRegisterAnAccountWhenTheUnitIsRetired() {
        ForumAccount account = new ForumAccount("huzhou-msg", "安吉县交通运输局");
        fixture.given(created(JIAOTONG), new UnitRetiredEvent(JIAOTONG.retire(), BY, AT))
                .when(new RegisterAccountCommand(DIRECTORY_ID, "jiaotong", account, BY, AT))
                .expectNoEvents()
                .expectException(RuleViolationException.class);
    }

    @Test
    void shouldRemoveAnAccountWhenTheUnitHasIt() {
        fixture.given(created(DIPU))
                .when(new RemoveAccountCommand(DIRECTORY_ID, "dipu", DIPU_ACCOUNT, BY, AT))
                .expectEvents(new AccountRemovedEvent(DIPU.withAccounts(List.of()), DIPU_ACCOUNT, BY, AT));
    }

    @Test
    void shouldAnswerNotFoundWhenRemovingAnAccountTheUnitDoesNotHave() {
        fixture.given(created(JIAOTONG))
                .when(new RemoveAccountCommand(DIRECTORY_ID, "jiaotong", DIPU_ACCOUNT, BY, AT))
                .expectNoEvents()
                .expectException(NotFoundException.class);
    }
}
