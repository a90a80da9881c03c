package org.huiying.routing.directory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DirectoryFileCheckTest {

    static final String GOOD = """
            units:
              - id: dipu
                name: 递铺街道
                kind: township
                spokesperson: 张伟
                accounts:
                  - { source: anji-bbs, handle: 递铺街道网络发言人 }
              - id: jiaotong
                name: 县交通运输局
                kind: department
                addressedAs: [交通局]
                liaison: 陈静
                contact: 0572-5123456
              - id: old
                name: 县老干部局
                kind: department
                retired: true
            rules:
              - { id: addressed, priority: 100, addressed: true }
              - { id: board-dipu, priority: 10, source: anji-bbs, board: 递铺论坛, lead: dipu }
              - { id: kw-traffic, priority: 5, keywords: [公交, 红绿灯], lead: jiaotong, coUnit: false }
            """;

    final DirectoryFileReader reader = new DirectoryFileReader();

    @Test
    void shouldReadEveryFieldWhenTheFileIsGood() {
        UnitDirectory directory = reader.read(GOOD, "good.yml");

        assertThat(directory.units()).extracting(Unit::id).containsExactly("dipu", "jiaotong", "old");
        assertThat(directory.unit("jiaotong").orElseThrow().addressNames()).containsExactly("县交通运输局", "交通局");
        assertThat(directory.unit("dipu").orElseThrow().spokesperson()).isEqualTo("张伟");
        assertThat(directory.unit("old").orElseThrow().retired()).isTrue();
        assertThat(directory.rules().get(0).addressed()).isTrue();
        assertThat(directory.rules().get(1).source()).isEqualTo("anji-bbs");
        assertThat(directory.rules().get(2).coUnit()).isFalse();
    }

    @Test
    void shouldReadBackWhatItExportedWhenADirectoryIsWrittenOut() {
        UnitDirectory directory = reader.read(GOOD, "good.yml");

        String exported = new DirectoryFileWriter().write(directory);

        assertThat(reader.read(exported, "exported.yml")).isEqualTo(directory);
    }

    @Test
    void shouldReadTheDemoDirectoryShippedWithTheService() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/directory/anji-demo.yml")) {
            UnitDirectory directory = reader.read(in, "anji-demo.yml");

            assertThat(directory.units()).hasSizeGreaterThan(10);
            assertThat(directory.rules()).anyMatch(RoutingRule::addressed);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown kind            | kind: township|kind: city                 | 4  | units[0].kind",
            "missing name            | name: 递铺街道|                            | 2  | units[0].name",
            "duplicate unit id       | id: jiaotong|id: dipu                     | 8  | units[1].id",
            "unknown rule unit       | lead: jiaotong, coUnit|lead: shuili, coUnit | 21 | rules[2].lead",
            "retired rule unit       | lead: jiaotong, coUnit|lead: old, coUnit  | 21 | rules[2].lead",
            "priority not a number   | priority: 5,|priority: high,              | 21 | rules[2].priority",
            "keywords not a list     | keywords: [公交, 红绿灯]|keywords: 公交     | 21 | rules[2].keywords",
            "misspelt field          | keywords: [公交|keyword: [公交            | 21 | rules[2].keyword",
            "rule without condition  | source: anji-bbs, board: 递铺论坛,|       | 20 | rules[1]",
            "addressed rule with lead| addressed: true|addressed: true, lead: dipu | 19 | rules[0].lead",
            "account taken twice     | contact: 0572-5123456|contact: x\\n    accounts: [{ source: anji-bbs, handle: 递铺街道网络发言人 }] | 14 | units[1].accounts[0].handle",
            "unknown parent          | liaison: 陈静|parent: county                | 12 | units[1].parent",
    })
    void shouldRefuseTheFileNamingTheLineAndTheFieldWhenItIsWrong(String what, String from, String to, int line,
                                                                    String field) {
        String bad = GOOD.replace(from, to == null ? "" : to.replace("\\n", "\n"));
        assertThat(bad).as("the test changes the file").isNotEqualTo(GOOD);

        assertThatThrownBy(() -> reader.read(bad, "bad.yml"))
                .isInstanceOfSatisfying(InvalidDirectoryException.class, e -> {
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).startsWith("bad.yml: line " + line + ": " + field);
                });
    }

    @Test
    void shouldNameTheLineWhenTheFileIsNotYaml() {
        String broken = GOOD.replace("kind: department\n    addressedAs", "kind: [department\n    addressedAs");

        assertThatThrownBy(() -> reader.read(broken, "broken.yml"))
                .isInstanceOfSatisfying(InvalidDirectoryException.class, e -> {
                    assertThat(e.getMessage()).startsWith("broken.yml: line ").contains("not valid YAML");
                    assertThat(e.line()).isGreaterThan(9);
                });
    }
}
