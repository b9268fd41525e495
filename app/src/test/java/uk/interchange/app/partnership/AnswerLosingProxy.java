package uk.interchange.app.partnership;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP proxy in front of the test server that, for its first {@code lose} connections, passes the request
 * on whole and then cuts the connection as the server's answer begins: the request was carried out, and the client
 * never hears so, as when a network or a proxy fails after the server's commit. Later connections pass both ways.
 */
final class AnswerLosingProxy implements AutoCloseable {
    private final ServerSocket listening;
    private final int target;
    private final AtomicInteger toLose;
    private final AtomicInteger lost = new AtomicInteger();

    AnswerLosingProxy(int target, int lose) throws IOException {
        this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.target = target;
        this.toLose = new AtomicInteger(lose);
        Thread.ofVirtual().start(this::accept);
    }

    int port() {
        return listening.getLocalPort();
    }

    /** How many answers were lost. */
    int lost() {
        return lost.get();
    }

    private void accept() {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                boolean lose = toLose.getAndDecrement() > 0;
                Thread.ofVirtual().start(() -> pump(client, server));
                Thread.ofVirtual().start(() -> {
                    if (lose) {
                        cutAtFirstByte(server, client);
                    } else {
                        pump(server, client);
                    }
                });
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void cutAtFirstByte(Socket server, Socket client) {
        try (server;
                client) {
            if (server.getInputStream().read() >= 0) {
                lost.incrementAndGet();
            }
        } catch (IOException e) {
            // the connection is being cut anyway
        }
    }

    private static void pump(Socket from, Socket to) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            in.transferTo(out);
            to.shutdownOutput();
        } catch (IOException e) {
            // one side went away: close both
            close(from);
            close(to);
        }
    }

    private static void close(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listening.close();
    }
}
