/**
 * Delivery of live events to browsers over server-sent events. Modules publish through
 * {@link org.convene.live.LiveEvents}; browsers subscribe to a topic through
 * {@link org.convene.live.LiveStreams}. A reconnecting browser names the last event it saw and
 * receives what it missed, or a {@code reset} event telling it to reload its view. When clustered
 * on PostgreSQL, events cross nodes through {@code LISTEN/NOTIFY}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Live")
@org.jspecify.annotations.NullMarked
package org.convene.live;
