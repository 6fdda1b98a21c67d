package org.silta.bench.boards;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * Silta as it runs in production: app nodes as separate processes ({@code app/target/silta-app.jar}) on one
 * PostgreSQL server. Seeds a board and its facilitators straight into the schema, then signs each client in.
 */
final class SiltaNodes implements AutoCloseable {

    static final String PASSWORD = "bench password 2026";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_DATA = Pattern.compile("data-csrf=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SILTA_SESSION=([^;]+)");

    private final EmbeddedPostgres postgres;
    private final List<Process> processes = new ArrayList<>();
    final List<String> bases = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    long boardId;

    record Signed(String cookie, String csrf) {
    }

    SiltaNodes(Path jar, int nodes, int port) throws Exception {
        // Saved means on disk, as on a production server: an operation is acknowledged only after its commit is flushed.
        postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on").setServerConfig("full_page_writes", "on").start();
        for (int n = 0; n < nodes; n++) {
            var log = Files.createTempFile("silta-node-" + n, ".log");
            var process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx1g", "-jar",
                    jar.toString(), "serve", "--port", String.valueOf(port + n),
                    "--silta.database.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres", "--silta.security.bcrypt-strength=4",
                    "--silta.database.pool-size=40", "--logging.level.root=WARN")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            processes.add(process);
            bases.add("http://127.0.0.1:" + (port + n));
            awaitHealthy(bases.getLast(), log);
        }
    }

    /** A board on a group-work item, and {@code people} facilitators of its programme. */
    void seed(int people) throws SQLException {
        try (Connection db = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"))) {
            var statement = db.createStatement();
            var text = "'{\"fallback\":\"en\",\"texts\":{\"en\":\"Load\"}}'";
            var programme = id(db, "insert into programme (title, default_language, status) values (" + text
                    + ", 'en', 'OPEN') returning id");
            var event = id(db, "insert into event (programme_id, title, format, time_zone, starts_on, ends_on) values ("
                    + programme + ", " + text + ", 'ONLINE', 'UTC', current_date, current_date) returning id");
            var session = id(db, "insert into session (event_id, title, starts_at, ends_at, format) values (" + event + ", "
                    + text + ", now(), now() + interval '2 hours', 'ONLINE') returning id");
            statement.execute("insert into agenda_item (session, session_key, kind, title, minutes) values (" + session
                    + ", 0, 'GROUP_WORK', " + text + ", 60)");
            boardId = id(db, "insert into board (programme_id, event_id, session_id, agenda_position, title, areas, anonymous, "
                    + "hidden_writing, phase, dots, dots_per_note, dots_per, votes_visible) values (" + programme + ", " + event
                    + ", " + session + ", 0, " + text + ", '[{\"key\":\"notes\",\"title\":{\"fallback\":\"en\",\"texts\":"
                    + "{\"en\":\"Notes\"}}}]', false, false, 'WRITE', 5, 3, 'PERSON', false) returning id");
            var hash = "{bcrypt}" + BCrypt.hashpw(PASSWORD, BCrypt.gensalt(4));
            var insert = db.prepareStatement("insert into person (email, name, password_hash, calendar_token) values (?, ?, ?, ?) "
                    + "returning id");
            var member = db.prepareStatement("insert into programme_member (programme, person_id, role) values (?, ?, 'FACILITATOR')");
            for (int i = 0; i < people; i++) {
                insert.setString(1, "p" + i + "@bench.silta.example");
                insert.setString(2, "Person " + i);
                insert.setString(3, hash);
                insert.setString(4, "bench-" + i);
                var rs = insert.executeQuery();
                rs.next();
                member.setLong(1, programme);
                member.setLong(2, rs.getLong(1));
                member.executeUpdate();
            }
        }
    }

    /** Signs person {@code i} in on the node, as a browser would, and reads the board page's token. */
    Signed signIn(int i, String base) throws Exception {
        var login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        var cookie = cookie(login);
        var csrf = CSRF_FIELD.matcher(login.body());
        csrf.find();
        var form = "email=" + encode("p" + i + "@bench.silta.example") + "&password=" + encode(PASSWORD) + "&_csrf="
                + encode(csrf.group(1));
        var signed = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Cookie", "SILTA_SESSION=" + cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.discarding());
        var session = cookie(signed);
        var page = http.send(HttpRequest.newBuilder(URI.create(base + "/boards/" + boardId))
                .header("Cookie", "SILTA_SESSION=" + session).build(), HttpResponse.BodyHandlers.ofString());
        var token = CSRF_DATA.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("person " + i + " could not open the board: " + page.statusCode());
        }
        return new Signed("SILTA_SESSION=" + session, token.group(1));
    }

    private static String cookie(HttpResponse<?> response) {
        for (var header : response.headers().allValues("Set-Cookie")) {
            var matcher = SESSION.matcher(header);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new IllegalStateException("no session cookie from " + response.uri());
    }

    private static long id(Connection db, String sql) throws SQLException {
        var rs = db.createStatement().executeQuery(sql);
        rs.next();
        return rs.getLong(1);
    }

    private void awaitHealthy(String base, Path log) throws Exception {
        for (int i = 0; i < 240; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("Silta did not start at " + base + "; see " + log);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws Exception {
        processes.forEach(Process::destroy);
        for (var process : processes) {
            process.waitFor();
        }
        postgres.close();
    }
}
