package org.huiying.system.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * CPU used since the last reading, by this JVM (broker, Mongo-protocol server, four services and the benchmark
 * together) and by the whole machine (from /proc/stat, so other processes show as the difference), in percent of one
 * core: 200% is both cores of a 2-core machine.
 */
final class CpuMeter {

    private final int cores = Runtime.getRuntime().availableProcessors();
    private long wall;
    private long process;
    private long[] machine;

    CpuMeter() {
        reset();
    }

    void reset() {
        wall = System.nanoTime();
        process = processCpuNanos();
        machine = machineTicks();
    }

    /** "jvm 140% machine 190% of 200%" since the last call (or construction), then starts again. */
    String sinceLast() {
        long nowWall = System.nanoTime();
        long nowProcess = processCpuNanos();
        long[] nowMachine = machineTicks();
        double jvm = 100.0 * (nowProcess - process) / Math.max(1, nowWall - wall);
        String whole = "";
        if (machine != null && nowMachine != null) {
            long total = nowMachine[0] - machine[0];
            long idle = nowMachine[1] - machine[1];
            whole = String.format(Locale.ROOT, " machine %.0f%%", 100.0 * cores * (total - idle) / Math.max(1, total));
        }
        wall = nowWall;
        process = nowProcess;
        machine = nowMachine;
        return String.format(Locale.ROOT, "cpu jvm %.0f%%%s of %d%%", jvm, whole, cores * 100);
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** {total, idle} jiffies of all CPUs, or null off Linux. */
    private static long[] machineTicks() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i <= Math.min(8, fields.length - 1); i++) {
                total += Long.parseLong(fields[i]);
            }
            return new long[]{total, Long.parseLong(fields[4]) + Long.parseLong(fields[5])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
