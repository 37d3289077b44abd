package cn.lifeinfo.compliance.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop HTTP/1.1 POST load at a fixed arrival rate over non-blocking keep-alive connections.
 * Request i is due at {@code start + i / rate} whether or not earlier ones have answered; its latency is measured
 * from that due time, so a stalled server cannot hide its queue (no coordinated omission). Requests are serialised
 * once up front and responses are only scanned for status and length: the generator shares the service's two
 * cores here, so it must cost a few microseconds per request, not the ~100 µs of a general-purpose HTTP client.
 */
public final class FixedRateLoad {

    /** Connections never exceed this: beyond it requests wait for one (and their latency shows it). */
    private static final int MAX_CONNECTIONS = 256;
    private static final long DRAIN_NANOS = 15_000_000_000L;

    private final InetSocketAddress address;
    private final byte[][] requests;
    private final Queue<Conn> idle = new ConcurrentLinkedQueue<>();
    private final Selector selector;
    private final AtomicInteger connections = new AtomicInteger();

    /**
     * {@code bodies} are POSTed to {@code uri} (host 127.0.0.1 only: this is a local benchmark) in turn, with
     * {@code bearerToken} as the caller.
     */
    public FixedRateLoad(URI uri, byte[][] bodies, String bearerToken) throws IOException {
        if (!"127.0.0.1".equals(uri.getHost())) {
            throw new IllegalArgumentException("only 127.0.0.1 may be targeted, not " + uri.getHost());
        }
        this.address = new InetSocketAddress(uri.getHost(), uri.getPort());
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        this.requests = new byte[bodies.length][];
        for (int i = 0; i < bodies.length; i++) {
            byte[] head = ("POST " + target + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nAuthorization: Bearer " + bearerToken
                    + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: "
                    + bodies[i].length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            requests[i] = Arrays.copyOf(head, head.length + bodies[i].length);
            System.arraycopy(bodies[i], 0, requests[i], head.length, bodies[i].length);
        }
        this.selector = Selector.open();
    }

    /**
     * Sends {@code rate × seconds} requests starting with body {@code offset}, and waits for their answers. This
     * thread only sends, sleeping until each due time; a second one reads, blocked in the selector, so neither a
     * select timeout nor a sleep delays the other.
     */
    public Phase run(int rate, int seconds, int offset) throws IOException {
        int n = rate * seconds;
        Phase phase = new Phase(n);
        long period = 1_000_000_000L / rate;
        long start = System.nanoTime() + 20_000_000L;
        Thread reader = new Thread(() -> read(phase, n, start + n * period + DRAIN_NANOS), "load-reader");
        reader.start();
        for (int i = 0; i < n; i++) {
            long due = start + i * period;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            Conn c;
            while ((c = connection(phase)) == null) {
                LockSupport.parkNanos(50_000L);
            }
            phase.scheduleLagMaxNanos = Math.max(phase.scheduleLagMaxNanos, System.nanoTime() - due);
            c.send(i, due, requests[(offset + i) % requests.length]);
        }
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        phase.unanswered = n - phase.answered;
        phase.elapsedSeconds = (System.nanoTime() - start) / 1e9;
        phase.period = period;
        return phase;
    }

    private void read(Phase phase, int n, long deadline) {
        try {
            while (phase.answered < n && System.nanoTime() < deadline) {
                selector.select(100);
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    ((Conn) key.attachment()).received(phase);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Conn connection(Phase phase) throws IOException {
        Conn c = idle.poll();
        if (c != null || connections.get() >= MAX_CONNECTIONS) {
            return c;
        }
        SocketChannel ch = SocketChannel.open(address);
        ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
        ch.configureBlocking(false);
        connections.incrementAndGet();
        phase.opened++;
        c = new Conn(ch);
        selector.wakeup();
        c.key = ch.register(selector, SelectionKey.OP_READ, c);
        return c;
    }

    /** One keep-alive connection carrying one request at a time. */
    private final class Conn {
        private final SocketChannel channel;
        private final ByteBuffer in = ByteBuffer.allocate(1 << 16);
        private SelectionKey key;
        private volatile int index;
        private volatile long due;
        private volatile long sentAt;

        Conn(SocketChannel channel) {
            this.channel = channel;
        }

        void send(int index, long due, byte[] request) throws IOException {
            this.index = index;
            this.due = due;
            this.sentAt = System.nanoTime();
            ByteBuffer out = ByteBuffer.wrap(request);
            while (out.hasRemaining()) {
                if (channel.write(out) == 0) {
                    LockSupport.parkNanos(10_000L);
                }
            }
        }

        void received(Phase phase) throws IOException {
            if (channel.read(in) < 0) {
                phase.error("connection closed", index);
                close();
                return;
            }
            int status = complete();
            if (status == 0) {
                return;
            }
            long now = System.nanoTime();
            if (status == 200) {
                phase.ok(index, now - due, now - sentAt);
            } else {
                phase.error("HTTP " + status, index);
            }
            in.clear();
            idle.add(this);
        }

        /** The response's status once it is complete in the buffer, else 0. */
        private int complete() {
            byte[] b = in.array();
            int end = -1;
            for (int i = 3; i < in.position(); i++) {
                if (b[i] == '\n' && b[i - 1] == '\r' && b[i - 2] == '\n' && b[i - 3] == '\r') {
                    end = i + 1;
                    break;
                }
            }
            if (end < 0) {
                return 0;
            }
            String head = new String(b, 0, end, StandardCharsets.US_ASCII);
            int length = 0;
            for (String line : head.split("\r\n")) {
                if (line.regionMatches(true, 0, "content-length:", 0, 15)) {
                    length = Integer.parseInt(line.substring(15).trim());
                }
            }
            if (in.position() < end + length) {
                return 0;
            }
            return Integer.parseInt(head.substring(9, 12));
        }

        private void close() throws IOException {
            key.cancel();
            channel.close();
            connections.decrementAndGet();
        }
    }

    /** Latencies and errors of one run. */
    public static final class Phase {
        final long[] latencyNanos;
        final long[] serviceNanos;
        final Map<String, Integer> errors = new TreeMap<>();
        final int sent;
        int answered;
        int unanswered;
        int opened;
        long scheduleLagMaxNanos;
        double elapsedSeconds;
        long period;

        /** Writes "due ms, latency ms" per request (0 = failed), to see whether slow requests come in bursts. */
        public void dump(java.nio.file.Path file) throws IOException {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < sent; i++) {
                sb.append(String.format(Locale.ROOT, "%.1f %.2f%n", i * period / 1e6, latencyNanos[i] / 1e6));
            }
            java.nio.file.Files.writeString(file, sb);
        }

        Phase(int n) {
            latencyNanos = new long[n];
            serviceNanos = new long[n];
            sent = n;
        }

        void ok(int i, long latency, long service) {
            latencyNanos[i] = Math.max(1, latency);
            serviceNanos[i] = Math.max(1, service);
            answered++;
        }

        void error(String kind, int i) {
            errors.merge(kind, 1, Integer::sum);
            answered++;
        }

        public int failures() {
            return errors.values().stream().mapToInt(Integer::intValue).sum() + unanswered;
        }

        public String summary() {
            long[] ok = Arrays.stream(latencyNanos).filter(v -> v > 0).sorted().toArray();
            if (ok.length == 0) {
                return "no successful request; errors " + errors + ", unanswered " + unanswered;
            }
            long[] service = Arrays.stream(serviceNanos).filter(v -> v > 0).sorted().toArray();
            return String.format(Locale.ROOT, "%d requests in %.1f s (%.0f/s), errors %s, unanswered %d, "
                            + "connections opened %d; latency ms p50 %.2f p90 %.2f p99 %.2f p99.9 %.2f max %.2f "
                            + "mean %.2f (from send instead of due time: p50 %.2f p99 %.2f); "
                            + "generator's worst schedule lag %.2f ms",
                    sent, elapsedSeconds, sent / elapsedSeconds, errors, unanswered, opened,
                    ms(pct(ok, 50)), ms(pct(ok, 90)), ms(pct(ok, 99)), ms(pct(ok, 99.9)), ms(ok[ok.length - 1]),
                    Arrays.stream(ok).average().orElse(0) / 1e6, ms(pct(service, 50)), ms(pct(service, 99)),
                    scheduleLagMaxNanos / 1e6);
        }
    }

    /**
     * Ramps up in five steps over {@code warmupSeconds} (a cold JIT must not start the measured phase with a
     * backlog), then measures {@code seconds} at {@code rate}; prints each phase and returns the measured one.
     */
    public Phase warmUpAndMeasure(int rate, int warmupSeconds, int seconds) throws IOException {
        int sent = 0;
        for (int step = 1; step <= 5 && warmupSeconds > 0; step++) {
            int stepRate = Math.max(1, rate * step / 5);
            Phase warm = run(stepRate, Math.max(1, warmupSeconds / 5), sent);
            sent += warm.sent;
            System.out.printf(Locale.ROOT, "warm-up at %d/s: %s%n", stepRate, warm.summary());
        }
        Phase measured = run(rate, seconds, sent);
        System.out.printf(Locale.ROOT, "measured at %d/s: %s%n", rate, measured.summary());
        System.out.printf(Locale.ROOT, "load average at the end %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return measured;
    }

    static long pct(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
