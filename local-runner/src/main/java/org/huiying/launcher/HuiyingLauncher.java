package org.huiying.launcher;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * {@code huiying run}: the whole system on one machine with no installation: a Kafka broker (KRaft, child JVM),
 * a MongoDB-protocol server (in this JVM, H2 file storage) and the four services (child JVMs), all keeping their
 * data under one data directory. Ctrl-C stops everything in order.
 */
public final class HuiyingLauncher {

    private HuiyingLauncher() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Map<String, String> env = System.getenv();
        LauncherOptions options;
        try {
            options = LauncherOptions.parse(Arrays.asList(args), env);
        } catch (IllegalArgumentException e) {
            System.err.println("huiying: " + e.getMessage());
            System.err.println();
            System.err.print(LauncherOptions.usage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            out.print(LauncherOptions.usage());
            return;
        }

        DataDirectory data = new DataDirectory(options.dataDir()).create();
        // Before the first logger exists: the launcher's own log and temporary files go to the data directory.
        System.setProperty("huiying.logs.dir", data.logs().toString());
        System.setProperty("java.io.tmpdir", data.tmp().toString());

        LocalStack stack = new LocalStack(options, data, RuntimeLayout.detect(), env, out);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "huiying-shutdown"));
        try {
            stack.start();
        } catch (StartupException e) {
            if (!stack.isStopping()) {
                System.err.println();
                System.err.println("huiying: " + e.getMessage());
                System.exit(1);
            }
            return;
        } catch (RuntimeException e) {
            if (!stack.isStopping()) {
                System.err.println();
                System.err.println("huiying: start-up failed: " + e);
                e.printStackTrace();
                System.exit(1);
            }
            return;
        }
        try {
            Thread.currentThread().join(); // runs until Ctrl-C (the shutdown hook stops everything)
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
