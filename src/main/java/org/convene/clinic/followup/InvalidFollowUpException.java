package org.convene.clinic.followup;

import java.util.List;

/**
 * A follow-up report with fields to correct: 400 with every problem next to its field
 * ({@code whatHappened}, {@code outcomes[1].outcome}…), all found at once.
 */
public class InvalidFollowUpException extends RuntimeException {

    /** A problem with one field, as a message key. */
    public record FieldProblem(String field, String messageKey) {
    }

    private final List<FieldProblem> problems;

    InvalidFollowUpException(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
