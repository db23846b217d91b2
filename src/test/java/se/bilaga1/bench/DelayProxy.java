package se.bilaga1.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A TCP relay that holds what passes through it for a fixed time in each direction, so that a database on this
 * machine answers as one on another host would: {@code bench/run --pg-latency MS} puts it between the app and
 * PostgreSQL. A round trip then takes twice the delay longer, while the bytes flow at the machine's own speed
 * (a delay, not a narrower pipe). Prints {@code LISTENING <port>} on stdout once it accepts connections; runs until
 * killed.
 *
 * <pre>
 * DelayProxy --to HOST:PORT --one-way-micros N [--listen PORT]    (port 0, the default: any free port)
 * </pre>
 */
public final class DelayProxy {

    private record Piece(long due, byte[] bytes) {
    }

    /** Ends a pump's writer when its reader has seen the end of the stream. */
    private static final Piece END = new Piece(0, new byte[0]);

    private DelayProxy() {
    }

    public static void main(String[] args) throws IOException {
        String to = null;
        long oneWayMicros = -1;
        int listen = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--to" -> to = args[++i];
                case "--one-way-micros" -> oneWayMicros = Long.parseLong(args[++i]);
                case "--listen" -> listen = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; expected --to HOST:PORT --one-way-micros N [--listen PORT]");
            }
        }
        if (to == null || oneWayMicros < 0) {
            throw new IllegalArgumentException("expected --to HOST:PORT --one-way-micros N [--listen PORT]");
        }
        int colon = to.lastIndexOf(':');
        InetSocketAddress upstream = new InetSocketAddress(to.substring(0, colon), Integer.parseInt(to.substring(colon + 1)));
        ServerSocket server = listen(listen, upstream, TimeUnit.MICROSECONDS.toNanos(oneWayMicros));
        System.out.println("LISTENING " + server.getLocalPort());
        System.out.flush();
        try {
            Thread.currentThread().join(); // relays until killed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Accepts on 127.0.0.1:{@code port} (0: any free port) and relays each connection to {@code upstream}, delayed. */
    static ServerSocket listen(int port, InetSocketAddress upstream, long delayNanos) throws IOException {
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress("127.0.0.1", port));
        daemon(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket db = new Socket();
                    try {
                        db.connect(upstream);
                    } catch (IOException e) {
                        closeQuietly(client);
                        throw e;
                    }
                    client.setTcpNoDelay(true);
                    db.setTcpNoDelay(true);
                    pump(client, db, delayNanos);
                    pump(db, client, delayNanos);
                } catch (IOException e) {
                    // closed, or one connection failed: the next is accepted as before
                }
            }
        });
        return server;
    }

    /** Two threads per direction: one reads and stamps what arrives, the other writes it on when it is due. */
    private static void pump(Socket from, Socket to, long delayNanos) throws IOException {
        BlockingQueue<Piece> pieces = new LinkedBlockingQueue<>();
        InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream();
        daemon(() -> {
            byte[] buffer = new byte[64 * 1024];
            try {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    pieces.add(new Piece(System.nanoTime() + delayNanos, Arrays.copyOf(buffer, n)));
                }
            } catch (IOException e) {
                // the other side closed: what was read is still written on
            }
            pieces.add(END);
        });
        daemon(() -> {
            try {
                Piece piece;
                while ((piece = pieces.take()) != END) {
                    long wait;
                    while ((wait = piece.due() - System.nanoTime()) > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    out.write(piece.bytes());
                }
                to.shutdownOutput();
            } catch (IOException | InterruptedException e) {
                // a side closed: nothing more to relay
            } finally {
                closeQuietly(from);
            }
        });
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "delay-proxy");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing: nothing to do
        }
    }
}
