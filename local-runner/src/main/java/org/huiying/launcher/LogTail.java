package org.huiying.launcher;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The last lines of a log file, for error messages. */
public final class LogTail {

    private static final int MAX_BYTES = 64 * 1024;

    private LogTail() {
    }

    public static List<String> lastLines(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            int size = (int) Math.min(length, MAX_BYTES);
            byte[] bytes = new byte[size];
            raf.seek(length - size);
            raf.readFully(bytes);
            List<String> all = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
            if (size < length && !all.isEmpty()) {
                all = all.subList(1, all.size()); // the first line is probably cut
            }
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException e) {
            return List.of("(cannot read " + file + ": " + e.getMessage() + ")");
        }
    }

    /** The tail formatted for the console, each line indented. */
    public static String format(Path file, int lines) {
        List<String> tail = lastLines(file, lines);
        if (tail.isEmpty()) {
            return "    (" + file + " is empty)";
        }
        StringBuilder text = new StringBuilder();
        text.append("    --- last ").append(tail.size()).append(" lines of ").append(file).append(" ---\n");
        tail.forEach(line -> text.append("    ").append(line).append('\n'));
        return text.toString().stripTrailing();
    }
}
