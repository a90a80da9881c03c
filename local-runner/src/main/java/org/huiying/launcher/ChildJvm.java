package org.huiying.launcher;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts child JVMs the same way every time: output appended to a log file, temporary files in the data
 * directory, no {@code hsperfdata} files, UTF-8. On POSIX systems the child is started with SIGINT ignored, so a
 * Ctrl-C in the terminal reaches only the launcher, which then stops the children in order (services first,
 * Kafka last) with SIGTERM.
 */
public final class ChildJvm {

    private static final Path POSIX_SHELL = Path.of("/bin/sh");

    private final Path java;
    private final Path workingDirectory;
    private final Path tmpDirectory;

    public ChildJvm(Path java, Path workingDirectory, Path tmpDirectory) {
        this.java = java;
        this.workingDirectory = workingDirectory;
        this.tmpDirectory = tmpDirectory;
    }

    /** The full command: {@code java <standard options> <jvmOptions> <arguments>}. */
    public List<String> command(List<String> jvmOptions, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add("-XX:-UsePerfData");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Djava.io.tmpdir=" + tmpDirectory);
        command.add("-Djava.awt.headless=true");
        command.addAll(jvmOptions);
        command.addAll(arguments);
        return command;
    }

    /** Starts the command with extra environment variables, appending stdout and stderr to {@code logFile}. */
    public Process start(List<String> command, Map<String, String> environment, Path logFile) {
        List<String> full = new ArrayList<>();
        if (Files.isExecutable(POSIX_SHELL) && !isWindows()) {
            // "trap '' INT" leaves SIGINT ignored across exec; the JVM then installs no SIGINT handler.
            full.add(POSIX_SHELL.toString());
            full.add("-c");
            full.add("trap '' INT; exec \"$0\" \"$@\"");
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File(isWindows() ? "NUL" : "/dev/null")));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(logFile.getParent());
            Files.createDirectories(tmpDirectory);
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + String.join(" ", command), e);
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase().startsWith("windows");
    }
}
