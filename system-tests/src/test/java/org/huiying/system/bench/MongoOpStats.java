package org.huiying.system.bench;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.wire.message.MongoMessage;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts and times, on the server side, every command the Mongo-protocol server handles, by database, command,
 * collection and the shape of its filter (the field names, not the values): which queries the services issue per post
 * and where the server spends its time. The time includes waiting for the collection's lock.
 */
final class MongoOpStats {

    private final Map<String, Op> ops = new ConcurrentHashMap<>();

    /** The backend, with every command counted. */
    MongoBackend wrap(MongoBackend backend) {
        InvocationHandler handler = new InvocationHandler() {
            @Override
            public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                String key = null;
                if (method.getName().equals("handleMessage") && args[0] instanceof MongoMessage message) {
                    key = message.getDatabaseName() + " " + shape(message.getDocument());
                } else if (method.getName().equals("handleCommand") && args.length == 4) {
                    key = args[1] + " " + shape((Map<?, ?>) args[3]);
                }
                long start = System.nanoTime();
                try {
                    Object result = method.invoke(backend, args);
                    return result == backend ? proxy : result;
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                } finally {
                    if (key != null) {
                        ops.computeIfAbsent(key, k -> new Op()).add(System.nanoTime() - start);
                    }
                }
            }
        };
        return (MongoBackend) Proxy.newProxyInstance(MongoBackend.class.getClassLoader(),
                new Class<?>[]{MongoBackend.class}, handler);
    }

    /** {@code find case_facts {_id}}, {@code update relay_pending {_id} upsert}, {@code aggregate domainevents […]}. */
    static String shape(Map<?, ?> command) {
        if (command == null || command.isEmpty()) {
            return "?";
        }
        String name = command.keySet().iterator().next().toString();
        Object target = command.get(name);
        String collection = target instanceof String s ? s : "";
        String filter = switch (name) {
            case "find", "count" -> keys(command.get(name.equals("find") ? "filter" : "query"));
            case "update" -> firstStatement(command, "updates", "q")
                    + (firstFlag(command, "updates", "upsert") ? " upsert" : "");
            case "delete" -> firstStatement(command, "deletes", "q");
            case "findAndModify", "findandmodify" -> keys(command.get("query"));
            case "aggregate" -> stages(command.get("pipeline"));
            default -> "";
        };
        return (name + " " + collection + " " + filter).trim();
    }

    private static String keys(Object filter) {
        if (!(filter instanceof Map<?, ?> map)) {
            return "{}";
        }
        TreeSet<String> names = new TreeSet<>();
        map.keySet().forEach(k -> names.add(k.toString()));
        return "{" + String.join(",", names) + "}";
    }

    private static String firstStatement(Map<?, ?> command, String list, String field) {
        if (command.get(list) instanceof List<?> statements && !statements.isEmpty()
                && statements.get(0) instanceof Map<?, ?> first) {
            return keys(first.get(field));
        }
        return "";
    }

    private static boolean firstFlag(Map<?, ?> command, String list, String field) {
        return command.get(list) instanceof List<?> statements && !statements.isEmpty()
                && statements.get(0) instanceof Map<?, ?> first && Boolean.TRUE.equals(first.get(field));
    }

    private static String stages(Object pipeline) {
        if (!(pipeline instanceof Collection<?> stages)) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (Object stage : stages) {
            if (stage instanceof Map<?, ?> map && !map.isEmpty()) {
                String op = map.keySet().iterator().next().toString();
                names.add(op.equals("$match") ? op + keys(map.get(op)) : op);
            }
        }
        return "[" + String.join(" ", names) + "]";
    }

    Map<String, long[]> snapshot() {
        Map<String, long[]> copy = new HashMap<>();
        ops.forEach((k, v) -> copy.put(k, new long[]{v.count.sum(), v.nanos.sum()}));
        return copy;
    }

    /** The operations between two snapshots, by total server time, per unit of work (e.g. per post). */
    static void print(String title, Map<String, long[]> before, Map<String, long[]> after, long units, String unit,
                      double wallSeconds, int limit) {
        List<Map.Entry<String, long[]>> diff = new ArrayList<>();
        long totalCount = 0;
        long totalNanos = 0;
        for (var entry : after.entrySet()) {
            long[] was = before.getOrDefault(entry.getKey(), new long[2]);
            long[] delta = {entry.getValue()[0] - was[0], entry.getValue()[1] - was[1]};
            if (delta[0] > 0) {
                diff.add(Map.entry(entry.getKey(), delta));
                totalCount += delta[0];
                totalNanos += delta[1];
            }
        }
        diff.sort((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]));
        System.out.printf(Locale.ROOT, "%s: %,d commands = %.1f per %s, %.0f/s; server time %.1f s (%.0f%% of %.0f s "
                        + "wall; the server handles commands of different clients in parallel)%n", title, totalCount,
                totalCount / (double) Math.max(units, 1), unit, totalCount / Math.max(wallSeconds, 1e-9),
                totalNanos / 1e9, 100 * totalNanos / 1e9 / Math.max(wallSeconds, 1e-9), wallSeconds);
        System.out.printf(Locale.ROOT, "  %8s %8s %9s %7s  %s%n", "count", "per " + unit, "mean ms", "time %",
                "database command collection {filter fields}");
        for (int i = 0; i < Math.min(limit, diff.size()); i++) {
            var e = diff.get(i);
            System.out.printf(Locale.ROOT, "  %,8d %8.2f %9.3f %6.1f%%  %s%n", e.getValue()[0],
                    e.getValue()[0] / (double) Math.max(units, 1), e.getValue()[1] / 1e6 / e.getValue()[0],
                    100.0 * e.getValue()[1] / Math.max(totalNanos, 1), e.getKey());
        }
        System.out.flush();
    }

    private static final class Op {
        final LongAdder count = new LongAdder();
        final LongAdder nanos = new LongAdder();

        void add(long elapsed) {
            count.increment();
            nanos.add(elapsed);
        }
    }
}
