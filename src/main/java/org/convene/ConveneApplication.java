package org.convene;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ConveneApplication {

    public static void main(String[] args) {
        SpringApplication.run(ConveneApplication.class, args);
    }

    /** One clock for every rule that depends on time, so tests can hold it still. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
