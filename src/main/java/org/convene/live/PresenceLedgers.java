package org.convene.live;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Presence on this node alone, or shared through PostgreSQL when the nodes share their events there. */
@Configuration(proxyBeanMethods = false)
class PresenceLedgers {

    @Bean
    PresenceLedger presenceLedger(@Value("${convene.live.bus:local}") String bus, JdbcClient jdbc) {
        return bus.equals("postgres") ? new SharedPresenceLedger(jdbc) : new LocalPresenceLedger();
    }

}
