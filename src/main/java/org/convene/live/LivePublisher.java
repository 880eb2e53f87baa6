package org.convene.live;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serialises once per event, and waits for the surrounding transaction to commit, so that
 * browsers never hear of a change that was rolled back. Events then go out on threads of their
 * own, each topic's on one lane in the order they were published: the request that made the change answers at once, and a
 * render that reads the database never waits for a connection held by the request it renders for.
 */
@Service
class LivePublisher implements LiveEvents {

    private final LiveBus bus;
    private final JsonMapper json;
    private final EventIds ids;
    /** One lane per topic keeps a topic's events in order; several lanes let rooms render side by side. */
    private final ExecutorService[] lanes = new ExecutorService[Math.max(2, Runtime.getRuntime().availableProcessors())];

    LivePublisher(LocalBus local, PostgresBus postgres, JsonMapper json, EventIds ids) {
        this.bus = postgres.chosen() ? postgres : local;
        this.json = json;
        this.ids = ids;
        for (int lane = 0; lane < lanes.length; lane++) {
            String name = "live-publish-" + lane;
            lanes[lane] = Executors.newSingleThreadExecutor(runnable -> {
                var thread = new Thread(runnable, name);
                thread.setDaemon(true);
                return thread;
            });
        }
    }

    @Override
    public void publish(String topic, String type, Object payload) {
        var data = json.writeValueAsString(payload);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(new LiveEvent(topic, ids.next(), type, data));
                }
            });
        } else {
            send(new LiveEvent(topic, ids.next(), type, data));
        }
    }

    private void send(LiveEvent event) {
        try {
            lanes[Math.floorMod(event.topic().hashCode(), lanes.length)].execute(() -> bus.send(event));
        } catch (RejectedExecutionException stopping) {
            // The application is stopping: its streams are being closed anyway.
        }
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        for (ExecutorService lane : lanes) {
            lane.shutdown();
        }
    }
}
