package se.bilaga1.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * bench/run's stand-in for a database on another host: what goes through the relay arrives whole and in order, and
 * a round trip takes at least twice the delay. (A lower bound only: how much longer it takes is the machine's.)
 */
class DelayProxyTest {

    private static final long ONE_WAY_MILLIS = 30;

    @Test
    void relaysEveryByteInOrderAndDelaysEachWay() throws Exception {
        try (ServerSocket echo = echoServer();
                ServerSocket proxy = DelayProxy.listen(0, new InetSocketAddress("127.0.0.1", echo.getLocalPort()),
                        TimeUnit.MILLISECONDS.toNanos(ONE_WAY_MILLIS));
                Socket socket = new Socket("127.0.0.1", proxy.getLocalPort())) {
            byte[] sent = new byte[300_000]; // several of the relay's reads
            new Random(7).nextBytes(sent);
            OutputStream out = socket.getOutputStream();
            DataInputStream in = new DataInputStream(socket.getInputStream());

            long start = System.nanoTime();
            out.write(sent);
            out.flush();
            byte[] back = new byte[sent.length];
            in.readFully(back);
            long roundTripMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertThat(back).isEqualTo(sent);
            assertThat(roundTripMillis).isGreaterThanOrEqualTo(2 * ONE_WAY_MILLIS);

            // a second exchange on the same connection is delayed as the first was
            start = System.nanoTime();
            out.write(42);
            out.flush();
            assertThat(in.read()).isEqualTo(42);
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(2 * ONE_WAY_MILLIS);
        }
    }

    /** Sends back whatever each connection sends, until it closes. */
    private static ServerSocket echoServer() throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(() -> {
            try (Socket socket = server.accept()) {
                InputStream in = socket.getInputStream();
                OutputStream out = socket.getOutputStream();
                in.transferTo(out);
            } catch (IOException e) {
                // the test closed it
            }
        }, "echo");
        thread.setDaemon(true);
        thread.start();
        return server;
    }
}
