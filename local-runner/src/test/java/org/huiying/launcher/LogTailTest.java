package org.huiying.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LogTailTest {

    @Test
    void lastLines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.log");
        Files.writeString(file, IntStream.rangeClosed(1, 100).mapToObj(i -> "行 " + i)
                .collect(Collectors.joining("\n", "", "\n")));

        assertThat(LogTail.lastLines(file, 3)).containsExactly("行 98", "行 99", "行 100");
        assertThat(LogTail.lastLines(dir.resolve("missing.log"), 3)).isEmpty();
        assertThat(LogTail.format(file, 2)).contains("行 99").contains("行 100").doesNotContain("行 98\n");
    }
}
