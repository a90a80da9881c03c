package org.huiying.routing.directory;

import org.huiying.contracts.routing.ForumAccount;
import org.huiying.contracts.routing.UnitKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huiying.routing.directory.DirectoryFixture.DUPLICATE_RULE_ID;
import static org.huiying.routing.directory.DirectoryFixture.DUPLICATE_UNIT_ID;
import static org.huiying.routing.directory.DirectoryFixture.NOT_YAML;
import static org.huiying.routing.directory.DirectoryFixture.NO_UNITS;
import static org.huiying.routing.directory.DirectoryFixture.PLACES_NOT_A_LIST;
import static org.huiying.routing.directory.DirectoryFixture.RULE_WITHOUT_CONDITION;
import static org.huiying.routing.directory.DirectoryFixture.UNIT_WITHOUT_NAME;
import static org.huiying.routing.directory.DirectoryFixture.UNKNOWN_KIND;
import static org.huiying.routing.directory.DirectoryFixture.UNKNOWN_LEAD_UNIT;
import static org.huiying.routing.directory.DirectoryFixture.file;

class DirectoryFileReaderTest {

    private final DirectoryFileReader reader = new DirectoryFileReader();

    @Test
    void shouldReadEveryUnitAndRuleInFileOrderWhenTheDemoDirectoryIsLoaded() {
        // when
        UnitDirectory directory = DirectoryFixture.demo();

        // then
        assertThat(directory.units()).hasSize(12);
        assertThat(directory.units().get(0).id()).isEqualTo("dipu");
        assertThat(directory.rules()).hasSize(13);
        assertThat(directory.rules().get(0).id()).isEqualTo("board-dipu");
        assertThat(directory.unit("jiaotong")).hasValueSatisfying(unit -> {
            assertThat(unit.name()).isEqualTo("县交通运输局");
            assertThat(unit.kind()).isEqualTo(UnitKind.DEPARTMENT);
            assertThat(unit.accounts()).containsExactly(new ForumAccount("anji-bbs", "安吉交通"),
                    new ForumAccount("huzhou-msg", "安吉县交通运输局"));
        });
        assertThat(directory.rules()).filteredOn(rule -> rule.id().equals("place-tianhuangping"))
                .singleElement().satisfies(rule -> {
                    assertThat(rule.places()).containsExactly("天荒坪", "大溪村");
                    assertThat(rule.priority()).isEqualTo(8);
                    assertThat(rule.lead()).isEqualTo("tianhuangping");
                });
    }

    @Test
    void shouldNameTheSecondUnitWhenAUnitIdIsDuplicated() {
        assertThatThrownBy(() -> reader.read(file(DUPLICATE_UNIT_ID), "anji.yml"))
                .isInstanceOf(InvalidDirectoryException.class)
                .hasMessage("anji.yml: units[1].id: duplicate unit id 'xiaofeng'");
    }

    @Test
    void shouldNameTheRuleAndItsLeadWhenTheLeadUnitIsUnknown() {
        assertThatThrownBy(() -> reader.read(file(UNKNOWN_LEAD_UNIT), "anji.yml"))
                .isInstanceOf(InvalidDirectoryException.class)
                .hasMessage("anji.yml: rules[1].lead: unknown unit 'shuiwu'");
    }

    @Test
    void shouldNameTheUnitAndTheAllowedKindsWhenAKindIsUnknown() {
        assertThatThrownBy(() -> reader.read(file(UNKNOWN_KIND), "anji.yml"))
                .isInstanceOf(InvalidDirectoryException.class)
                .hasMessage("anji.yml: units[1].kind: 'village' is not township or department");
    }

    @Test
    void shouldNameTheRuleWhenItHasNoCondition() {
        assertThatThrownBy(() -> reader.read(file(RULE_WITHOUT_CONDITION), "anji.yml"))
                .isInstanceOf(InvalidDirectoryException.class)
                .hasMessage("anji.yml: rules[1]: needs a 'board', 'keywords' or 'places'");
    }

    @Test
    void shouldNameTheFileWhenItIsNotYaml() {
        assertThatThrownBy(() -> reader.read(file(NOT_YAML), "anji.yml"))
                .isInstanceOf(InvalidDirectoryException.class)
                .hasMessageStartingWith("anji.yml: not valid YAML");
    }

    @Test
    void shouldAskForUnitsWhenTheFileHasNone() {
        assertThatThrownBy(() -> reader.read(file(NO_UNITS), "anji.yml"))
                .isInstanceOf(InvalidDirectoryException.class)
                .hasMessage("anji.yml: field 'units' must be a list of units");
    }

    @Test
    void shouldNameTheMissingFieldWhenAUnitHasNoName() {
        assertThatThrownBy(() -> reader.read(file(UNIT_WITHOUT_NAME), "anji.yml"))
                .isInstanceOf(InvalidDirectoryException.class)
                .hasMessage("anji.yml: units[0].name: missing");
    }

    @Test
    void shouldNameTheSecondRuleWhenARuleIdIsDuplicated() {
        assertThatThrownBy(() -> reader.read(file(DUPLICATE_RULE_ID), "anji.yml"))
                .isInstanceOf(InvalidDirectoryException.class)
                .hasMessage("anji.yml: rules[1].id: duplicate rule id 'place-meixi'");
    }

    @Test
    void shouldNameTheFieldWhenPlacesIsNotAList() {
        assertThatThrownBy(() -> reader.read(file(PLACES_NOT_A_LIST), "anji.yml"))
                .isInstanceOf(InvalidDirectoryException.class)
                .hasMessageStartingWith("anji.yml: rules[0].places");
    }
}
