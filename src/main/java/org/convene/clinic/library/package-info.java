/**
 * The case library: the community's held cases with their summaries and follow-ups, to search.
 */
@org.jspecify.annotations.NullMarked
package org.convene.clinic.library;
