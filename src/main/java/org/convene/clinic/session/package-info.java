/**
 * The live clinic: the session aggregate with its running step and speaking queue, its store
 * and cache, and the service that runs it and publishes what happened.
 */
@org.jspecify.annotations.NullMarked
package org.convene.clinic.session;
