package org.silta.bench.boards;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * One load run: {@code clients} follow a stream, {@code writers} of them send one note a second for
 * {@code seconds}; each note carries its id, so every receipt is matched to its sending time.
 */
final class LoadRun {

    /** Where the clients connect: a stream per client and a way for a writer to send a note. */
    interface Target {
        HttpRequest.Builder stream(int client);

        HttpRequest.Builder send(int client, String note);
    }

    record Result(String name, int clients, int sent, int receivedByAll, int lost, int duplicated, long p50, long p95,
                  long p99) {
    }

    private static final Pattern NOTE = Pattern.compile("n-(\\d+)-(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();

    Result run(String name, Target target, int clients, int writers, int seconds) throws Exception {
        var received = new ArrayList<Set<String>>();
        var latencies = new ArrayList<long[]>();
        var counts = new int[clients];
        var duplicates = new AtomicInteger();
        var streams = new ArrayList<InputStream>();
        var connected = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            received.add(new HashSet<>());
            latencies.add(new long[writers * seconds + 16]);
            var client = c;
            var response = http.send(target.stream(c).build(), HttpResponse.BodyHandlers.ofInputStream());
            streams.add(response.body());
            Thread.ofVirtual().start(() -> {
                connected.countDown();
                read(response.body(), received.get(client), latencies.get(client), counts, client, duplicates);
            });
        }
        connected.await();
        Thread.sleep(1000);
        var sent = new AtomicInteger();
        var done = new CountDownLatch(writers);
        for (int w = 0; w < writers; w++) {
            var writer = w;
            Thread.ofVirtual().start(() -> {
                var start = System.nanoTime() + writer * 1_000_000_000L / writers;
                for (int i = 0; i < seconds; i++) {
                    sleepUntil(start + i * 1_000_000_000L);
                    var note = "n-" + writer + "-" + i;
                    sentAt.put(note, System.nanoTime());
                    try {
                        var answer = http.send(target.send(writer % clients, note).build(), HttpResponse.BodyHandlers.discarding());
                        if (answer.statusCode() == 200) {
                            sent.incrementAndGet();
                        } else {
                            sentAt.remove(note);
                        }
                    } catch (Exception refused) {
                        sentAt.remove(note);
                    }
                }
                done.countDown();
            });
        }
        done.await();
        Thread.sleep(5000);
        streams.forEach(stream -> {
            try {
                stream.close();
            } catch (Exception ignored) {
                // the run is over
            }
        });
        var all = new ArrayList<Long>();
        var receivedByAll = 0;
        var lost = 0;
        for (var note : sentAt.keySet()) {
            var everyone = received.stream().allMatch(set -> set.contains(note));
            receivedByAll += everyone ? 1 : 0;
            lost += everyone ? 0 : 1;
        }
        for (int c = 0; c < clients; c++) {
            for (int i = 0; i < counts[c]; i++) {
                all.add(latencies.get(c)[i]);
            }
        }
        var sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(name, clients, sent.get(), receivedByAll, lost, duplicates.get(), percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99));
    }

    private void read(InputStream input, Set<String> seen, long[] latencies, int[] counts, int client,
                      AtomicInteger duplicates) {
        try (var lines = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                var at = System.nanoTime();
                var match = NOTE.matcher(line);
                if (line.startsWith("data:") && match.find()) {
                    var note = match.group();
                    var sentTime = sentAt.get(note);
                    if (!seen.add(note)) {
                        duplicates.incrementAndGet();
                    } else if (sentTime != null && counts[client] < latencies.length) {
                        latencies[counts[client]++] = at - sentTime;
                    }
                }
            }
        } catch (Exception closed) {
            // the run closed the stream
        }
    }

    private static long percentile(long[] sorted, int p) {
        return sorted.length == 0 ? -1 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1_000_000;
    }

    private static void sleepUntil(long nanos) {
        var wait = nanos - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(Duration.ofNanos(wait));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static List<String> row(Result r) {
        return Arrays.asList(r.name(), String.valueOf(r.clients()), String.valueOf(r.sent()), String.valueOf(r.receivedByAll()),
                String.valueOf(r.lost()), String.valueOf(r.duplicated()), r.p50() + " ms", r.p95() + " ms", r.p99() + " ms");
    }
}
