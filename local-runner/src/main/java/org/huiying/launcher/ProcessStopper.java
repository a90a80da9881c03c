package org.huiying.launcher;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Stops a child process: SIGTERM, a grace period, then SIGKILL. */
final class ProcessStopper {

    private ProcessStopper() {
    }

    /** Sends SIGTERM (the process's shutdown hooks run); does not wait. */
    static void requestStop(Process process) {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    /**
     * Waits up to {@code grace} for the process to exit after {@link #requestStop}, then kills it.
     *
     * @return true if it exited by itself
     */
    static boolean awaitStop(Process process, Duration grace) {
        if (process == null) {
            return true;
        }
        try {
            if (process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return false;
        }
    }

    static boolean stop(Process process, Duration grace) {
        requestStop(process);
        return awaitStop(process, grace);
    }
}
