package org.silta.bench.boards;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** The floor: the least an SSE server can do, on the same machine. A posted line goes to every open stream. */
final class SseEchoServer implements AutoCloseable {

    private final HttpServer server;
    private final List<OutputStream> streams = new CopyOnWriteArrayList<>();

    SseEchoServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/live", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            var out = exchange.getResponseBody();
            out.write(": open\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            streams.add(out);
        });
        server.createContext("/send", exchange -> {
            var note = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var event = ("data: {\"text\":\"" + note + "\"}\n\n").getBytes(StandardCharsets.UTF_8);
            for (var out : streams) {
                synchronized (out) {
                    try {
                        out.write(event);
                        out.flush();
                    } catch (IOException gone) {
                        streams.remove(out);
                    }
                }
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
