/**
 * A member's case, from draft to follow-up report: its content and the coaching of its
 * question, its visual, its store and the service that prepares and schedules it.
 */
@org.jspecify.annotations.NullMarked
package org.convene.clinic.cases;
