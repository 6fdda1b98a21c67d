package org.silta.app;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
class TestSupport {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }

    @Bean
    Given given() {
        return new Given();
    }
}
