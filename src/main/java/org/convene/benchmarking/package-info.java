/**
 * Mutual benchmarking: units of a community compare their practice along several
 * dimensions so that each can see what it could learn, and from whom. It is a learning
 * activity, not an assessment: nothing here ranks units by a total score.
 *
 * <p>The analysis core is plain Java: {@link org.convene.benchmarking.Assessments} holds a
 * round's self-assessments, {@link org.convene.benchmarking.RoundAnalysis} computes the
 * round's figures and learning pairs, {@link org.convene.benchmarking.Trend} follows the
 * dimensions across rounds since the baseline.
 */
@org.jspecify.annotations.NullMarked
package org.convene.benchmarking;
