package com.jewelry.logging.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/** Ports on 127.0.0.1 only. */
public final class Net {

    public static final String LOOPBACK = "127.0.0.1";

    private Net() {
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LOOPBACK, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Waits until something listens on the port, or fails after {@code limit}. */
    public static void awaitListening(int port, Duration limit, Runnable onTimeout) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (accepts(port)) {
                return;
            }
            Wait.sleep(Duration.ofMillis(100));
        }
        onTimeout.run();
        throw new AssertionError("nothing listened on " + LOOPBACK + ":" + port + " within " + limit);
    }
}
