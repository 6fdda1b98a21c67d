package org.silta.app.boards;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One browser on one node, as the board's script behaves: it sends operations with ids of its own, follows the
 * live stream, applies each saved operation once, and after a lost connection resumes from its last sequence number.
 */
final class FuzzClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("data-csrf=\"([^\"]+)\"");

    final String name;
    final Map<Long, String> notes = new HashMap<>();
    final Map<Long, Integer> votes = new HashMap<>();
    volatile String problem;
    private final String email;
    private final String password;
    private final long boardId;
    private volatile String base;
    private HttpClient http;
    private String csrf;
    private long seq;
    private InputStream stream;
    private long connection;

    FuzzClient(String name, String email, String password, long boardId, String base) {
        this.name = name;
        this.email = email;
        this.password = password;
        this.boardId = boardId;
        this.base = base;
    }

    /** Signs in on the node (sessions live on one node) and follows the board from the last operation it applied. */
    synchronized void connect(String nodeBase) throws Exception {
        disconnect();
        base = nodeBase;
        http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .connectTimeout(Duration.ofSeconds(2)).build();
        var login = get("/login");
        var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        token.find();
        http.send(post("/login", "email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1)))
                .build(), HttpResponse.BodyHandlers.discarding());
        var page = CSRF.matcher(get("/boards/" + boardId));
        if (!page.find()) {
            throw new IllegalStateException(name + " could not open the board on " + nodeBase);
        }
        csrf = page.group(1);
        var response = http.send(HttpRequest.newBuilder(URI.create(base + "/boards/" + boardId + "/live?after=" + seq)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        stream = response.body();
        var input = stream;
        var current = ++connection;
        Thread.ofVirtual().start(() -> read(input, current));
    }

    synchronized void disconnect() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException ignored) {
                // closing is all we wanted
            }
            stream = null;
        }
        connection++;
    }

    /** The server's answer: the operation's sequence number and the id of what it created (none on a repeat). */
    record Ack(long seq, Long id) {
    }

    /** Sends an operation; null if the node did not answer or refused it. */
    Ack send(String clientOp, String form) {
        try {
            var response = http.send(post("/boards/" + boardId + "/operations", form + "&clientOp=" + encode(clientOp))
                    .header("Accept", "application/json").header("X-CSRF-TOKEN", csrf).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return null;
            }
            var ack = JSON.readTree(response.body());
            return new Ack(ack.get("seq").asLong(), ack.get("id").isNull() ? null : ack.get("id").asLong());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    synchronized long seq() {
        return seq;
    }

    private void read(InputStream input, long current) {
        try (var lines = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("data:")) {
                    apply(JSON.readTree(line.substring(5)), current);
                }
            }
        } catch (IOException closed) {
            // disconnected: the next connect resumes from seq
        }
    }

    /** Applies an operation from the current connection; a closed connection's last lines are dropped. */
    private synchronized void apply(JsonNode op, long from) {
        if (from != connection || !op.has("kind")) {
            return;
        }
        if (op.get("seq").asLong() != seq + 1) {
            problem = name + " got operation " + op.get("seq") + " after " + seq;
            return;
        }
        seq = op.get("seq").asLong();
        var data = op.get("data");
        switch (op.get("kind").asString()) {
            case "note.added", "note.edited" -> notes.put(data.get("id").asLong(), data.get("text").asString());
            case "vote.added", "vote.removed" -> votes.put(data.get("noteId").asLong(), data.get("votes").asInt());
            default -> { }
        }
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private HttpRequest.Builder post(String path, String form) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
