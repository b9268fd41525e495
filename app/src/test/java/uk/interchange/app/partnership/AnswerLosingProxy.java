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
 * never hears so, as when a network or a proxy fails after the server's commit. Or, made {@link #busy}, it answers
 * those connections 503 itself once it has read their request, as a proxy whose server is not ready would. Later
 * connections pass both ways.
 */
final class AnswerLosingProxy implements AutoCloseable {
    private final ServerSocket listening;
    private final int target;
    private final boolean busy;
    private final AtomicInteger toLose;
    private final AtomicInteger lost = new AtomicInteger();

    AnswerLosingProxy(int target, int lose) throws IOException {
        this(target, lose, false);
    }

    private AnswerLosingProxy(int target, int lose, boolean busy) throws IOException {
        this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.target = target;
        this.busy = busy;
        this.toLose = new AtomicInteger(lose);
        Thread.ofVirtual().start(this::accept);
    }

    /** A proxy that answers its first {@code times} requests 503 without passing them on. */
    static AnswerLosingProxy busy(int target, int times) throws IOException {
        return new AnswerLosingProxy(target, times, true);
    }

    int port() {
        return listening.getLocalPort();
    }

    /** How many answers were lost (or made up). */
    int lost() {
        return lost.get();
    }

    private void accept() {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                boolean lose = toLose.getAndDecrement() > 0;
                if (lose && busy) {
                    Thread.ofVirtual().start(() -> answer503(client));
                    continue;
                }
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
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

    /** Reads the request (its head, then as many bytes as its Content-Length says), answers 503 and closes. */
    private void answer503(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    return;
                }
                head.append((char) b);
            }
            var length = java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)")
                    .matcher(head);
            long body = length.find() ? Long.parseLong(length.group(1)) : 0;
            in.skipNBytes(body);
            client.getOutputStream()
                    .write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            lost.incrementAndGet();
        } catch (IOException e) {
            // the client went away
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
