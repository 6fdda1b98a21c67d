package org.silta.bench.boards;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Live boards under load: {@code clients} people follow one board, {@code writers} of them write a note a second
 * for {@code seconds}, against one Silta node and against two on one database, next to a minimal SSE echo
 * server on the same machine as the floor. Prints notes sent, received by every client, lost, duplicated and
 * the write-to-receipt latency over every client's receipt.
 *
 * <pre>java -cp bench/target/silta-bench.jar org.silta.bench.boards.BoardLoadBench [clients] [writers] [seconds]</pre>
 * needs {@code app/target/silta-app.jar} ({@code mvn -B -DskipTests package}).
 */
public final class BoardLoadBench {

    private BoardLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        var clients = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        var writers = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        var seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        var jar = Path.of(System.getProperty("silta.app.jar", "app/target/silta-app.jar"));
        System.out.printf("Board load: %d clients on one board, %d writing a note a second for %d s%n", clients, writers, seconds);
        System.out.printf("Machine: %d cores, %s %s, Java %s%n%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
        var results = new ArrayList<LoadRun.Result>();
        try (var echo = new SseEchoServer()) {
            results.add(new LoadRun().run("SSE echo (floor)", new LoadRun.Target() {
                public HttpRequest.Builder stream(int client) {
                    return HttpRequest.newBuilder(URI.create(echo.base() + "/live"));
                }

                public HttpRequest.Builder send(int client, String note) {
                    return HttpRequest.newBuilder(URI.create(echo.base() + "/send")).POST(HttpRequest.BodyPublishers.ofString(note));
                }
            }, clients, writers, seconds));
        }
        for (var nodes : List.of(1, 2)) {
            try (var silta = new SiltaNodes(jar, nodes, 18080)) {
                silta.seed(clients);
                var signed = new ArrayList<SiltaNodes.Signed>();
                for (int i = 0; i < clients; i++) {
                    signed.add(silta.signIn(i, silta.bases.get(i % nodes)));
                }
                results.add(new LoadRun().run("Silta, " + nodes + (nodes == 1 ? " node" : " nodes"), new LoadRun.Target() {
                    public HttpRequest.Builder stream(int client) {
                        return HttpRequest.newBuilder(URI.create(silta.bases.get(client % nodes) + "/boards/" + silta.boardId + "/live"))
                                .header("Cookie", signed.get(client).cookie());
                    }

                    public HttpRequest.Builder send(int client, String note) {
                        var form = "op=note.add&area=notes&language=en&text=" + URLEncoder.encode(note, StandardCharsets.UTF_8);
                        return HttpRequest.newBuilder(URI.create(silta.bases.get(client % nodes) + "/boards/" + silta.boardId
                                        + "/operations"))
                                .header("Cookie", signed.get(client).cookie()).header("X-CSRF-TOKEN", signed.get(client).csrf())
                                .header("Accept", "application/json").header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form));
                    }
                }, clients, writers, seconds));
            }
        }
        System.out.println("| run | clients | sent | received by all | lost | duplicated | p50 | p95 | p99 |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        results.forEach(result -> System.out.println("| " + String.join(" | ", LoadRun.row(result)) + " |"));
        var floor = results.getFirst();
        results.stream().skip(1).forEach(result -> System.out.printf("%s: p95 %.1fx the floor's%n", result.name(),
                floor.p95() <= 0 ? Double.NaN : (double) result.p95() / floor.p95()));
    }
}
