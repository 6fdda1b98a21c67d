package org.silta.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(properties = {"silta.database.embedded.directory=target/test-postgres", "silta.database.embedded.clean=true"})
class StartsTest {

    @Autowired JdbcClient jdbc;

    @Test
    void runsOnARealPostgreSQL() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL 18");
    }
}
