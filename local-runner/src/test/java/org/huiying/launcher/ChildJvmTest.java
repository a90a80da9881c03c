package org.huiying.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

class ChildJvmTest {

    @Test
    void childIgnoresCtrlCButStopsOnSigterm(@TempDir Path dir) throws Exception {
        assumeThat(Files.isExecutable(Path.of("/bin/sh"))).isTrue();
        assumeThat(System.getProperty("os.name")).doesNotStartWithIgnoringCase("windows");
        ChildJvm jvm = new ChildJvm(RuntimeLayout.currentJava(), dir, dir.resolve("tmp"));
        Path log = dir.resolve("child.log");
        Process child = jvm.start(jvm.command(List.of("-Xmx32m", "-cp", System.getProperty("java.class.path")),
                List.of(SleepingMain.class.getName())), Map.of("HUIYING_TEST_VALUE", "42"), log);
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> Files.readString(log).contains("ready 42"));

            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start();
            assertThat(kill.waitFor(5, TimeUnit.SECONDS)).isTrue();
            // a JVM that handled SIGINT would have exited well within this time
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(child::isAlive);

            assertThat(ProcessStopper.stop(child, Duration.ofSeconds(10))).isTrue();
            await().atMost(Duration.ofSeconds(5)).until(() -> Files.readString(log).contains("shutdown hook ran"));
        } finally {
            child.destroyForcibly();
        }
    }

    /** The child of the test above. */
    public static final class SleepingMain {
        public static void main(String[] args) throws InterruptedException {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("shutdown hook ran")));
            System.out.println("ready " + System.getenv("HUIYING_TEST_VALUE"));
            Thread.sleep(60_000);
        }
    }
}
