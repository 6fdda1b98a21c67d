package org.silta.app;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Silta's web application: {@code serve [--demo] [--port N]}. */
@SpringBootApplication
@EnableScheduling
@EnableAsync
public class Silta {

    public static void main(String[] args) {
        SpringApplication.run(Silta.class, springArguments(args));
    }

    /** Turns the launcher's {@code serve --demo --port N} into Spring properties. */
    static String[] springArguments(String[] args) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "serve" -> { }
                case "--demo" -> result.add("--silta.demo=true");
                case "--port" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--port needs a number, e.g. --port 8080");
                    }
                    result.add("--server.port=" + args[++i]);
                }
                default -> result.add(args[i]);
            }
        }
        return result.toArray(String[]::new);
    }
}
