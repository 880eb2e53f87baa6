package org.convene.live;

/** Carries an event to every node's {@link TopicHub}: in process, or through PostgreSQL when clustered. */
interface LiveBus {

    void send(LiveEvent event);
}
