package org.convene.clinic;

/** How advice someone gave worked out for the presenter; what tells the adviser "your advice worked". */
public record AdviceFeedback(long adviceId, long adviserId, AdviceOutcome outcome, String note) {
}
