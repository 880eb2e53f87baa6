/**
 * The case clinic: a member brings a real challenge with one precise question, and the
 * group works through the five-step protocol (context, understanding, sharing related
 * experience, advice, summary) before the presenter reports back at a follow-up.
 *
 * <p>The rules live in plain Java types here: the agenda ({@link org.convene.clinic.Step},
 * {@code AgendaPlanner}), the live session ({@code ClinicSession}), who may post what
 * ({@code ContributionRules}), the speaking queue and the case lifecycle ({@code ClinicCase}).
 * Other modules learn what happened in a clinic through the {@link org.convene.clinic.ClinicEvent}s.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Case clinic")
@org.jspecify.annotations.NullMarked
package org.convene.clinic;
