package org.silta.app.realtime;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens on PostgreSQL's notification channel with a connection of its own, so every node learns of every
 * committed event, whichever node saved it. When the connection breaks it listens again; the sweep in
 * {@link LiveUpdates} delivers what came in between.
 */
@Component
class NotificationListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NotificationListener.class);

    private final DataSource dataSource;
    private final LiveUpdates updates;
    private volatile boolean running;
    private Thread thread;

    NotificationListener(DataSource dataSource, LiveUpdates updates) {
        this.dataSource = dataSource;
        this.updates = updates;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("silta-live-listener").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (var statement = connection.createStatement()) {
                    statement.execute("listen " + LiveUpdates.CHANNEL);
                }
                var postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    var notifications = postgres.getNotifications(1000);
                    if (notifications != null) {
                        java.util.Arrays.stream(notifications).map(n -> n.getParameter().split(" ")[0]).distinct()
                                .forEach(updates::delivered);
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Live updates lost their database connection; listening again: {}", e.getMessage());
                    pause();
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
