package org.silta.app.boards;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.silta.app.Given;
import org.silta.app.Silta;
import org.silta.app.SiltaTest;
import org.silta.app.programmes.ProgrammeRole;
import org.silta.app.programmes.SessionEditing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two app nodes on one database, clients on both: seeded random notes, edits, votes, disconnects and reconnects,
 * and the second node, a process of its own, killed (SIGKILL, no shutdown of any kind) and started again mid-run.
 * Every client ends with the board the database holds, having applied every operation once and in order, and no
 * acknowledged operation is missing.
 */
class BoardTwoNodesTest extends SiltaTest {

    private static final long SEED = 20201118L;
    private static final int CLIENTS = 6;
    private static final int OPERATIONS = 30;

    @Autowired SessionEditing sessions;
    @Autowired BoardSetup setup;
    @Autowired BoardTemplates templates;
    @Autowired EmbeddedPostgres postgres;
    @Autowired JdbcClient jdbc;

    private NodeProcess nodeB;

    @Test
    void everyClientOnEitherNodeEndsWithTheBoardTheDatabaseHolds() throws Exception {
        var settings = new BoardSettings(false, false, 100, 100, BoardSettings.DotsPer.PERSON, false);
        var fixture = BoardFixture.open(given, sessions, setup, templates, "proposals", settings);
        var boardId = fixture.board().id();
        nodeB = startNode();
        var nodes = new String[] {base(), nodeB.base()};
        var clients = new ArrayList<FuzzClient>();
        for (int i = 0; i < CLIENTS; i++) {
            var person = given.person("Client " + (char) ('A' + i));
            given.team(fixture.programme(), fixture.organiser(), person, ProgrammeRole.FACILITATOR);
            var client = new FuzzClient("client " + i, person.email(), Given.PASSWORD, boardId, nodes[i % 2]);
            client.connect(nodes[i % 2]);
            clients.add(client);
        }

        var acknowledged = new ConcurrentHashMap<String, Long>();
        var random = new Random(SEED);
        var plans = new ArrayList<Random>();
        for (int i = 0; i < CLIENTS; i++) {
            plans.add(new Random(random.nextLong()));
        }
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            var runs = new ArrayList<Future<?>>();
            for (int i = 0; i < CLIENTS; i++) {
                var index = i;
                runs.add(pool.submit(() -> {
                    run(clients.get(index), plans.get(index), index, nodes, acknowledged, boardId);
                    return null;
                }));
            }
            Thread.sleep(1500);
            nodeB.kill();
            nodeB = startNode();
            nodes[1] = nodeB.base();
            for (var run : runs) {
                run.get();
            }
        }
        for (int i = 1; i < CLIENTS; i += 2) {
            clients.get(i).connect(nodes[1]);
        }

        var latest = jdbc.sql("select seq from board where id = ?").param(boardId).query(Long.class).single();
        var deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline && clients.stream().anyMatch(client -> client.seq() < latest)) {
            Thread.sleep(100);
        }
        var notes = new HashMap<Long, String>();
        jdbc.sql("select id, text from board_note where board_id = ?").param(boardId)
                .query(rs -> { notes.put(rs.getLong(1), rs.getString(2)); });
        var votes = new HashMap<Long, Integer>();
        jdbc.sql("select note_id, count(*) from board_vote where board_id = ? group by note_id").param(boardId)
                .query(rs -> { votes.put(rs.getLong(1), rs.getInt(2)); });
        var logged = jdbc.sql("select client_op, seq from board_operation where board_id = ? and client_op is not null")
                .param(boardId).query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list();

        assertThat(latest).as("operations saved").isGreaterThan(CLIENTS * OPERATIONS / 2);
        assertThat(acknowledged).as("every acknowledged operation is in the log with its sequence number")
                .hasSize(CLIENTS * OPERATIONS).allSatisfy((op, seq) -> assertThat(logged).contains(Map.entry(op, seq)));
        assertThat(logged).as("no operation saved twice").hasSize((int) logged.stream().map(Map.Entry::getKey).distinct().count());
        for (var client : clients) {
            assertThat(client.problem).as(client.name).isNull();
            assertThat(client.seq()).as("%s applied every operation", client.name).isEqualTo(latest);
            assertThat(client.notes).as("%s's notes", client.name).isEqualTo(notes);
            assertThat(client.votes.entrySet().stream().filter(e -> e.getValue() > 0)
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))
                    .as("%s's votes", client.name).isEqualTo(votes);
            client.disconnect();
        }
    }

    @AfterEach
    void killSecondNode() throws InterruptedException {
        if (nodeB != null) {
            nodeB.kill();
        }
    }

    /** One client's seeded run: notes, edits of its own notes and votes, now and then a lost connection. */
    private static void run(FuzzClient client, Random plan, int index, String[] nodes, Map<String, Long> acknowledged,
                            long boardId) throws Exception {
        var mine = new ArrayList<Long>();
        for (int i = 0; i < OPERATIONS; i++) {
            var clientOp = client.name + "-" + i;
            var choice = plan.nextInt(10);
            String form;
            if (choice < 5 || client.notes.isEmpty()) {
                form = "op=note.add&area=proposals&language=en&text=" + FuzzClient.encode("Idea " + i + " of " + client.name);
            } else if (choice < 7 && !mine.isEmpty()) {
                form = "op=note.edit&language=en&noteId=" + mine.get(plan.nextInt(mine.size())) + "&text="
                        + FuzzClient.encode("Edited " + i + " by " + client.name);
            } else {
                List<Long> known;
                synchronized (client) {
                    known = new ArrayList<>(client.notes.keySet());
                }
                form = "op=vote.add&noteId=" + known.get(plan.nextInt(known.size()));
            }
            FuzzClient.Ack ack = null;
            for (int attempt = 0; attempt < 100 && ack == null; attempt++) {
                ack = client.send(clientOp, form);
                if (ack == null) {
                    Thread.sleep(200);
                    reconnect(client, nodes[index % 2]);
                }
            }
            assertThat(ack).as("%s acknowledged", clientOp).isNotNull();
            acknowledged.put(clientOp, ack.seq());
            if (form.startsWith("op=note.add") && ack.id() != null) {
                mine.add(ack.id());
            }
            if (plan.nextInt(8) == 0) {
                reconnect(client, nodes[index % 2]);
            }
            Thread.sleep(20 + plan.nextInt(60));
        }
    }

    private static void reconnect(FuzzClient client, String node) {
        try {
            client.connect(node);
        } catch (Exception nodeDown) {
            client.disconnect();
        }
    }

    /** A second node of Silta: its own JVM on the same classes and the same database, which the test can kill. */
    private NodeProcess startNode() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var log = Path.of("target", "board-node-" + port + ".log");
        var java = ProcessHandle.current().info().command().orElse("java");
        var process = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), Silta.class.getName(),
                "--silta.database.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--server.port=" + port,
                "--silta.security.bcrypt-strength=4",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + MAIL.getSmtp().getPort(),
                "--silta.database.pool-size=10",
                "--logging.level.root=WARN")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        var node = new NodeProcess(process, "http://localhost:" + port);
        var http = HttpClient.newHttpClient();
        for (int i = 0; i < 240 && process.isAlive(); i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(node.base() + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return node;
                }
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        node.kill();
        throw new IllegalStateException("The second node did not start; see " + log.toAbsolutePath() + ":\n"
                + Files.readString(log));
    }

    private record NodeProcess(Process process, String base) {

        /** SIGKILL: the node gets no chance to finish requests, close connections or flush anything. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
        }
    }
}
