/**
 * Delivery of live events to browsers over server-sent events. Modules publish through
 * {@link org.convene.live.LiveEvents}; browsers subscribe to a topic through
 * {@link org.convene.live.LiveStreams}, each stream with an {@link org.convene.live.Audience} that
 * turns an event into what that kind of viewer sees, rendered once per audience on each node.
 * A reconnecting browser names the last event it saw and receives what it missed, or a
 * {@code reset} event telling it to reload its view. {@link org.convene.live.LivePresence} says who
 * has a topic open. When clustered on PostgreSQL, events cross nodes through
 * {@code LISTEN/NOTIFY} and presence is shared in a table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Live")
@org.jspecify.annotations.NullMarked
package org.convene.live;
