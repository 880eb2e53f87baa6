/**
 * The follow-up of held cases: the check that makes them due and the report that closes them.
 */
@org.jspecify.annotations.NullMarked
package org.convene.clinic.followup;
