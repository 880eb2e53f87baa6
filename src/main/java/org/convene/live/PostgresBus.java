package org.convene.live;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Several nodes behind a load balancer: an event published on one node reaches the streams of
 * every node through PostgreSQL {@code NOTIFY}, this node included, over one listening connection.
 * Chosen with {@code convene.live.bus=postgres}, read when the application runs (the bean set is
 * fixed at build time, README "Start-up"): otherwise it exists but never listens.
 */
@Component
class PostgresBus implements LiveBus, SmartLifecycle {

    static final String CHANNEL = "convene_live";
    /** PostgreSQL refuses notification payloads of 8000 bytes or more. */
    private static final int MAX_PAYLOAD_BYTES = 7900;
    private static final Logger log = LoggerFactory.getLogger(PostgresBus.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TopicHub hub;
    private final JsonMapper json;
    private final TransactionTemplate ownTransaction;
    private final boolean chosen;
    private volatile boolean running;
    private Thread listener = new Thread(() -> { });

    PostgresBus(DataSource dataSource, JdbcClient jdbc, TopicHub hub, JsonMapper json,
            PlatformTransactionManager transactions, @Value("${convene.live.bus:local}") String bus) {
        if (!bus.equals("local") && !bus.equals("postgres")) {
            throw new IllegalArgumentException("convene.live.bus is 'local' or 'postgres', not '" + bus + "'");
        }
        this.chosen = bus.equals("postgres");
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.hub = hub;
        this.json = json;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void send(LiveEvent event) {
        var payload = json.writeValueAsString(event);
        if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            payload = json.writeValueAsString(new LiveEvent(event.topic(), event.id(), TopicHub.RESET, "{}"));
        }
        var notification = payload;
        // Events are sent after the business transaction committed; NOTIFY is delivered only when
        // its own transaction commits, so it gets one of its own rather than joining the finished one.
        ownTransaction.executeWithoutResult(status ->
                jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, notification).query().singleRow());
    }

    /** Whether {@code convene.live.bus=postgres}: events go through PostgreSQL rather than this node alone. */
    boolean chosen() {
        return chosen;
    }

    @Override
    public boolean isAutoStartup() {
        return chosen;
    }

    @Override
    public void start() {
        running = true;
        listener = new Thread(this::listen, "live-postgres-listener");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public void stop() {
        running = false;
        listener.interrupt();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (var statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                var postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    var notifications = postgres.getNotifications((int) Duration.ofSeconds(5).toMillis());
                    if (notifications != null) {
                        for (var notification : notifications) {
                            hub.deliver(json.readValue(notification.getParameter(), LiveEvent.class));
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Live event listener lost its connection; retrying in 1 s", e);
                    sleepQuietly();
                }
            }
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
