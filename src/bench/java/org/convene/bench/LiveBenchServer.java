package org.convene.bench;

import org.convene.ConveneApplication;
import org.springframework.boot.SpringApplication;

/**
 * The whole Convene application plus the {@code bench} profile's endpoints ({@link LiveBenchEndpoints}),
 * on an in-memory database. Only on the classpath with the Maven {@code bench} profile.
 */
public final class LiveBenchServer {

    private LiveBenchServer() {
    }

    public static void main(String[] args) {
        var app = new SpringApplication(ConveneApplication.class);
        app.setAdditionalProfiles("bench");
        app.run(args);
    }
}
