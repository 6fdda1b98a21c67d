package org.silta.app.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after too many failed sign-ins for one address, or from one network
 * address, within a window, further attempts are refused until the window has passed.
 */
@Component
class LoginThrottle {

    private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int perAccount;
    private final int perAddress;
    private final Duration window;

    LoginThrottle(Clock clock,
                  @Value("${silta.login.max-failures-per-account:5}") int perAccount,
                  @Value("${silta.login.max-failures-per-address:30}") int perAddress,
                  @Value("${silta.login.window:PT15M}") Duration window) {
        this.clock = clock;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
    }

    boolean isBlocked(String email, String address) {
        return recent("account:" + email) >= perAccount || recent("address:" + address) >= perAddress;
    }

    void failed(String email, String address) {
        var now = clock.instant();
        for (var key : new String[] {"account:" + email, "address:" + address}) {
            failures.compute(key, (k, times) -> {
                var deque = times == null ? new ArrayDeque<Instant>() : times;
                deque.addLast(now);
                return deque;
            });
        }
    }

    void succeeded(String email) {
        failures.remove("account:" + email);
    }

    private int recent(String key) {
        var cutoff = clock.instant().minus(window);
        var deque = failures.computeIfPresent(key, (k, times) -> {
            while (!times.isEmpty() && times.peekFirst().isBefore(cutoff)) {
                times.removeFirst();
            }
            return times.isEmpty() ? null : times;
        });
        return deque == null ? 0 : deque.size();
    }
}
