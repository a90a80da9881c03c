package org.huiying.demo;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class UnitDirectoryTest {

    private final UnitDirectory directory = UnitDirectory.load(Path.of("..").resolve(UnitDirectory.REPOSITORY_FILE));

    @Test
    void readsUnitsAccountsAndRules() {
        assertThat(directory.units()).isNotEmpty();
        assertThat(directory.rules()).isNotEmpty();
        assertThat(directory.unitsOn("anji-bbs")).isNotEmpty();
    }

    @Test
    void routesByBoardPlaceAndKeywordWithPriority() {
        String lead = directory.rules().stream().filter(r -> r.board() != null).findFirst().orElseThrow().lead();
        String board = directory.rules().stream().filter(r -> r.board() != null).findFirst().orElseThrow().board();

        assertThat(directory.route(board, "随便说说")).map(UnitDirectory.Unit::id).contains(lead);
        assertThat(directory.route("没有这个版块", "今天天气不错，心情很好")).isEmpty();
    }

    @Test
    void locatesTheDirectoryFile() {
        Path root = Path.of("/repo");
        assertThat(UnitDirectory.locate(root, Map.of())).isEqualTo(root.resolve(UnitDirectory.REPOSITORY_FILE));
        assertThat(UnitDirectory.locate(root, Map.of("HUIYING_DIRECTORY", "/etc/units.yml")))
                .isEqualTo(Path.of("/etc/units.yml"));
        assertThat(UnitDirectory.locate(root, Map.of("HUIYING_DIRECTORY", "classpath:directory/anji-demo.yml")))
                .isEqualTo(root.resolve(UnitDirectory.REPOSITORY_FILE));
    }
}
