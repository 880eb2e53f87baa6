/**
 * The clinic's JSON API under {@code /api/**} and its problem+json answers.
 */
@org.jspecify.annotations.NullMarked
package org.convene.clinic.web.api;
