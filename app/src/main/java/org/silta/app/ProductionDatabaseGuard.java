package org.silta.app;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The production profile refuses to start on anything but an external PostgreSQL server. */
@Configuration(proxyBeanMethods = false)
@Profile("production")
class ProductionDatabaseGuard {

    ProductionDatabaseGuard(@Value("${silta.database.url:}") String url) {
        if (url.isBlank()) {
            throw new IllegalStateException("The production profile needs an external PostgreSQL server: "
                    + "set SILTA_DATABASE_URL (jdbc:postgresql://host:5432/silta), SILTA_DATABASE_USER and SILTA_DATABASE_PASSWORD");
        }
    }
}
