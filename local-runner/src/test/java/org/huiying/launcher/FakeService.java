package org.huiying.launcher;

import com.sun.net.httpserver.HttpServer;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * Stands in for a service jar in {@link LocalStackIT}: answers {@code /actuator/health} on {@code SERVER_PORT}
 * (DOWN for the first second, then UP) and exits on SIGTERM.
 */
public final class FakeService {

    public static void main(String[] args) throws Exception {
        System.out.println("fake service: KAFKA_BOOTSTRAP_SERVERS=" + System.getenv("KAFKA_BOOTSTRAP_SERVERS")
                + " MONGODB_URI=" + System.getenv("MONGODB_URI") + " HUIYING_DATA_DIR="
                + System.getenv("HUIYING_DATA_DIR") + " AXONIQ_UPDATE_CHECKER_DISABLED="
                + System.getenv("AXONIQ_UPDATE_CHECKER_DISABLED") + " axoniq.update-checker.disabled="
                + System.getProperty("axoniq.update-checker.disabled"));
        long started = System.currentTimeMillis();
        HttpServer server = HttpServer.create(
                new InetSocketAddress("127.0.0.1", Integer.parseInt(System.getenv("SERVER_PORT"))), 10);
        server.createContext("/actuator/health", exchange -> {
            boolean up = System.currentTimeMillis() - started > 1000;
            byte[] body = ("{\"status\":\"" + (up ? "UP" : "DOWN") + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(up ? 200 : 503, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop(0);
            System.out.println("fake service: stopped by signal");
            stopped.countDown();
        }));
        stopped.await();
    }
}
