package org.silta.app;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * A real PostgreSQL server started inside Silta when no database URL is set: the default for
 * {@code bin/silta serve} and for the tests. Its data stays in {@code silta.database.embedded.directory}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!production")
@ConditionalOnExpression("'${silta.database.url:}'.isBlank()")
class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${silta.database.embedded.directory}") Path directory,
                                      @Value("${silta.database.embedded.clean:false}") boolean clean,
                                      @Value("${silta.database.embedded.durable:true}") boolean durable) {
        try {
            if (clean) {
                // A throwaway server's data left behind by a run that was killed would make initdb refuse the directory.
                deleteRecursively(directory);
            }
            Files.createDirectories(directory);
            log.info("Starting the embedded PostgreSQL server with its data in {}", directory.toAbsolutePath());
            return EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(clean)
                    // Spring stops the server after everything that uses it; a hook of its own would race that.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "200")
                    // Saved means on disk, as on a production server; tests may trade that for speed.
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL server did not start (data in "
                    + directory.toAbsolutePath() + "); set SILTA_DATABASE_URL to use another server", e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres, @Value("${silta.database.pool-size:20}") int poolSize) {
        var config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("silta-embedded");
        return new HikariDataSource(config);
    }
}
