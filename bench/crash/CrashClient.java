import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The monitoring software of bench/crash-intake.sh and bench/db-restart.sh: THREADS workers send COUNT messages with
 * external ids crash-0 ... crash-(COUNT-1) in batches, each batch retried until it is
 * acknowledged (HTTP 200 with a result per item), whatever happens to the server meanwhile.
 * Several batches are in flight at any moment, so the kill hits transactions half done. Writes
 * the acknowledged ranges to ACKS, touches KILL_FILE when half are acknowledged (the script then
 * kills the server, or stops the database), and prints its figures at the end, with the failed
 * answers counted by HTTP status.
 *
 *   java CrashClient.java BASE_URL TOKEN COUNT BATCH THREADS ACKS KILL_FILE
 */
public class CrashClient {

    private static final Pattern RESULT = Pattern.compile("\"created\":(\\d+),\"existing\":(\\d+),\"invalid\":(\\d+)");

    public static void main(String[] a) throws Exception {
        String base = a[0];
        String token = a[1];
        int count = Integer.parseInt(a[2]);
        int batch = Integer.parseInt(a[3]);
        int threads = Integer.parseInt(a[4]);
        Path acks = Path.of(a[5]);
        Path killFile = Path.of(a[6]);
        // a minute ago: not in the future, and no deadline falls due while the run lasts
        String detectedAt = OffsetDateTime.now(ZoneOffset.ofHours(3)).minusMinutes(1).withNano(0).toString();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        AtomicInteger next = new AtomicInteger();
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong created = new AtomicLong();
        AtomicLong existing = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        AtomicLong connectionErrors = new AtomicLong();
        Map<Integer, AtomicLong> failedByStatus = new ConcurrentHashMap<>();
        AtomicLong longestOutageMs = new AtomicLong();
        AtomicBoolean killRequested = new AtomicBoolean();
        ConcurrentLinkedQueue<String> ackLog = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                int from;
                while ((from = next.getAndAdd(batch)) < count) {
                    int to = Math.min(count, from + batch);
                    String body = body(from, to, detectedAt);
                    long downSince = 0;
                    while (true) {
                        try {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/messages/batch"))
                                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                            Matcher m = RESULT.matcher(r.body());
                            if (r.statusCode() == 200 && m.find() && Long.parseLong(m.group(3)) == 0) {
                                created.addAndGet(Long.parseLong(m.group(1)));
                                existing.addAndGet(Long.parseLong(m.group(2)));
                                break;
                            }
                            failedByStatus.computeIfAbsent(r.statusCode(), s -> new AtomicLong()).incrementAndGet();
                            if (failures.incrementAndGet() < 5) {
                                System.err.println("answer " + r.statusCode() + ": "
                                        + r.body().substring(0, Math.min(300, r.body().length())));
                            }
                        } catch (java.io.IOException e) {
                            failures.incrementAndGet();
                            connectionErrors.incrementAndGet();
                        } catch (InterruptedException e) {
                            return;
                        }
                        if (downSince == 0) {
                            downSince = System.nanoTime();
                        }
                        try {
                            Thread.sleep(200);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    if (downSince != 0) {
                        long outage = (System.nanoTime() - downSince) / 1_000_000;
                        longestOutageMs.accumulateAndGet(outage, Math::max);
                    }
                    ackLog.add(from + " " + to);
                    if (acknowledged.addAndGet(to - from) >= count / 2 && killRequested.compareAndSet(false, true)) {
                        try {
                            Files.writeString(killFile, "kill at " + acknowledged.get() + " acknowledged\n");
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                }
            });
            w.start();
            workers.add(w);
        }
        for (Thread w : workers) {
            w.join();
        }
        Files.writeString(acks, String.join("\n", ackLog) + "\n");
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("| messages sent and acknowledged | %,d in batches of %d, %d batches in flight at a time |%n",
                acknowledged.get(), batch, threads);
        System.out.printf("| acknowledged as created | %,d |%n", created.get());
        System.out.printf("| acknowledged as existing (committed before the fault but unacknowledged, sent again) | %,d |%n",
                existing.get());
        StringBuilder statuses = new StringBuilder();
        new TreeMap<>(failedByStatus).forEach((status, n) -> statuses.append("; HTTP ").append(status).append(": ")
                .append(String.format("%,d", n.get())));
        System.out.printf("| failed attempts retried | %,d (no connection or no answer: %,d%s) |%n", failures.get(),
                connectionErrors.get(), statuses);
        System.out.printf("| longest wait of one batch for its acknowledgement (fault, recovery) | %.1f s |%n",
                longestOutageMs.get() / 1000.0);
        System.out.printf("| total time | %.1f s |%n", seconds);
    }

    private static String body(int from, int to, String detectedAt) {
        StringBuilder body = new StringBuilder("[");
        for (int i = from; i < to; i++) {
            if (i > from) {
                body.append(',');
            }
            body.append("{\"source\":\"crash\",\"externalId\":\"crash-").append(i)
                    .append("\",\"network\":\"vk\",\"kind\":\"INCIDENT\",\"detectedAt\":\"").append(detectedAt).append("\",")
                    .append("\"url\":\"https://vk.com/wall-1_").append(i).append("\",\"text\":\"Сообщение ").append(i)
                    .append("\"}");
        }
        return body.append(']').toString();
    }
}
