package org.huiying.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Port checks on the loopback interface. */
public final class Ports {

    public static final String HOST = "127.0.0.1";

    private Ports() {
    }

    /** True if something accepts connections on {@code 127.0.0.1:port}. */
    public static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** True if this process could bind {@code 127.0.0.1:port} now. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Fails with a helpful message if the port is taken. */
    public static void requireFree(int port, String what, String option) {
        if (!isFree(port) || isListening(port)) {
            throw new StartupException("port " + port + " (" + what + ") is already in use. Is Huiying already "
                    + "running? Stop it, or choose another port with " + option + ".");
        }
    }

    /** A port that was free a moment ago (for tests). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
