package org.silta.app.realtime;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live updates by Server-Sent Events. A module announces a saved event inside its transaction; PostgreSQL
 * delivers the notification to every node when it commits ({@link NotificationListener}); each node reads the
 * events from the database and sends them to its own subscribers, in order, each once. A subscriber that comes
 * back with its last sequence number gets what it missed, or a "snapshot" event when it is too far behind.
 */
@Service
public class LiveUpdates {

    static final String CHANNEL = "silta_live";
    /** How far behind a subscriber may be and still get each operation it missed, rather than a snapshot. */
    public static final int REPLAY_LIMIT = 500;
    private static final Duration EMITTER_TIMEOUT = Duration.ofMinutes(30);
    private static final Duration RECONNECT = Duration.ofSeconds(1);

    private final JdbcClient jdbc;
    private final List<LiveTopic> sources;
    private final Map<String, Channel> channels = new ConcurrentHashMap<>();

    LiveUpdates(JdbcClient jdbc, List<LiveTopic> sources) {
        this.jdbc = jdbc;
        this.sources = sources;
    }

    /** Tells every node, once the caller's transaction commits, that the topic has events up to {@code seq}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void announce(String topic, long seq) {
        jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, topic + " " + seq).query((rs, row) -> 1).list();
    }

    /** A stream of the topic's events after {@code after}. */
    public SseEmitter subscribe(String topic, long after) {
        var source = source(topic);
        var emitter = new SseEmitter(EMITTER_TIMEOUT.toMillis());
        var subscriber = new Subscriber(emitter, after);
        var channel = channels.computeIfAbsent(topic, key -> new Channel(key, source));
        emitter.onCompletion(() -> channel.remove(subscriber));
        emitter.onTimeout(() -> channel.remove(subscriber));
        emitter.onError(error -> channel.remove(subscriber));
        try {
            // Sent at once, so the stream's headers leave now rather than with the first event or ping; browsers
            // call the stream open then, and come back after a second when it drops.
            emitter.send(SseEmitter.event().reconnectTime(RECONNECT.toMillis()).comment("live"));
        } catch (IOException closed) {
            return emitter;
        }
        channel.add(subscriber);
        return emitter;
    }

    /** How many browsers this node streams the topic to. */
    public int subscribers(String topic) {
        var channel = channels.get(topic);
        return channel == null ? 0 : channel.subscribers.size();
    }

    void delivered(String topic) {
        var channel = channels.get(topic);
        if (channel != null) {
            channel.catchUp();
        }
    }

    /** Catches up after a lost notification (a node restarting, a dropped listener) and finds closed connections. */
    @Scheduled(fixedDelay = 5000)
    void sweep() {
        channels.values().forEach(channel -> {
            channel.catchUp();
            channel.ping();
        });
        channels.values().removeIf(channel -> channel.subscribers.isEmpty());
    }

    private LiveTopic source(String topic) {
        return sources.stream().filter(source -> source.serves(topic)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no live topic " + topic));
    }

    private static final class Subscriber {
        final SseEmitter emitter;
        long delivered;

        Subscriber(SseEmitter emitter, long delivered) {
            this.emitter = emitter;
            this.delivered = delivered;
        }

        boolean send(LiveEvent event) {
            try {
                emitter.send(SseEmitter.event().id(Long.toString(event.seq())).name(event.name()).data(event.data()));
                delivered = Math.max(delivered, event.seq());
                return true;
            } catch (IOException | IllegalStateException closed) {
                return false;
            }
        }
    }

    private static final class Channel {
        final String topic;
        final LiveTopic source;
        final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

        Channel(String topic, LiveTopic source) {
            this.topic = topic;
            this.source = source;
        }

        synchronized void add(Subscriber subscriber) {
            subscribers.add(subscriber);
            catchUp(subscriber);
        }

        void remove(Subscriber subscriber) {
            subscribers.remove(subscriber);
        }

        /** One read for all the node's subscribers of the topic, from the one furthest behind. */
        synchronized void catchUp() {
            var from = subscribers.stream().mapToLong(subscriber -> subscriber.delivered).min();
            if (from.isEmpty()) {
                return;
            }
            var events = source.since(topic, from.getAsLong(), REPLAY_LIMIT + 1);
            if (events.size() > REPLAY_LIMIT) {
                subscribers.forEach(this::catchUp);
                return;
            }
            for (var subscriber : subscribers) {
                deliver(subscriber, events);
            }
        }

        private void deliver(Subscriber subscriber, List<LiveEvent> events) {
            for (var event : events) {
                if (event.seq() > subscriber.delivered && !subscriber.send(event)) {
                    drop(subscriber);
                    return;
                }
            }
        }

        private void catchUp(Subscriber subscriber) {
            var events = source.since(topic, subscriber.delivered, REPLAY_LIMIT + 1);
            if (events.size() > REPLAY_LIMIT) {
                var latest = source.latest(topic);
                if (subscriber.send(new LiveEvent(latest, "snapshot", "{\"seq\":" + latest + "}"))) {
                    return;
                }
                drop(subscriber);
                return;
            }
            deliver(subscriber, events);
        }

        synchronized void ping() {
            for (var subscriber : subscribers) {
                try {
                    subscriber.emitter.send(SseEmitter.event().comment("ping"));
                } catch (IOException | IllegalStateException closed) {
                    drop(subscriber);
                }
            }
        }

        private void drop(Subscriber subscriber) {
            subscribers.remove(subscriber);
            try {
                subscriber.emitter.complete();
            } catch (IllegalStateException alreadyClosed) {
                // the connection is gone either way
            }
        }
    }
}
