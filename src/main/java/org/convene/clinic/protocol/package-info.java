/**
 * The protocol's rules, in plain Java: the agenda and how its minutes are shared out
 * ({@code AgendaPlanner}), who may post what in each step ({@code ContributionRules}), and why an
 * action is refused ({@code Refusal}).
 */
@org.jspecify.annotations.NullMarked
package org.convene.clinic.protocol;
