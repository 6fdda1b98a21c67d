package org.silta.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The launcher's words become Spring's settings; production insists on its own database server. */
class LaunchTest {

    @Test
    void serveDemoAndPortBecomeSettings() {
        assertThat(Silta.springArguments(new String[] {"serve", "--demo", "--port", "9090"}))
                .containsExactly("--silta.demo=true", "--server.port=9090");
        assertThatThrownBy(() -> Silta.springArguments(new String[] {"serve", "--port"}))
                .hasMessageContaining("--port needs a number");
    }

    @Test
    void theProductionProfileRefusesToStartWithoutADatabaseUrl() {
        assertThatThrownBy(() -> new ProductionDatabaseGuard(""))
                .hasMessageContaining("SILTA_DATABASE_URL");
        new ProductionDatabaseGuard("jdbc:postgresql://db.example.org:5432/silta");
    }
}
