package org.convene.live;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serialises once per event, and waits for the surrounding transaction to commit, so that
 * browsers never hear of a change that was rolled back and reload a view that already shows it.
 */
@Service
class LivePublisher implements LiveEvents {

    private final LiveBus bus;
    private final JsonMapper json;
    private final EventIds ids;

    LivePublisher(LocalBus local, PostgresBus postgres, JsonMapper json, EventIds ids) {
        this.bus = postgres.chosen() ? postgres : local;
        this.json = json;
        this.ids = ids;
    }

    @Override
    public void publish(String topic, String type, Object payload) {
        var data = json.writeValueAsString(payload);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    bus.send(new LiveEvent(topic, ids.next(), type, data));
                }
            });
        } else {
            bus.send(new LiveEvent(topic, ids.next(), type, data));
        }
    }
}
