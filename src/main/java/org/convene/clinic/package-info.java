/**
 * The case clinic: a member brings a real challenge with one precise question, and the
 * group works through the five-step protocol (context, understanding, sharing related
 * experience, advice, summary) before the presenter reports back at a follow-up.
 *
 * <p>This package is the module's API: its events ({@link org.convene.clinic.ClinicEvent}s, the
 * follow-up's {@link org.convene.clinic.FollowUpDue} and {@link org.convene.clinic.FollowUpFiled}) and
 * the values they carry ({@link org.convene.clinic.Step}, {@link org.convene.clinic.Variation},
 * {@link org.convene.clinic.ContributionKind}, {@link org.convene.clinic.RoomRole}, advice outcomes).
 * Other modules learn what happened in a clinic through these events. The rest lives in rooms below,
 * internal to the module: {@code protocol} (the agenda, who may post what, refusals, in plain Java),
 * {@code session} (the live clinic and its speaking queue), {@code cases} (a case from draft to
 * follow-up report), {@code library}, {@code followup}, {@code web} and {@code web.api}, {@code demo}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Case clinic")
@org.jspecify.annotations.NullMarked
package org.convene.clinic;
