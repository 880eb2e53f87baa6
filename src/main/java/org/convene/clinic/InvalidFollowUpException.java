package org.convene.clinic;

import java.util.List;

/**
 * A follow-up report with fields to correct: 400 with every problem next to its field
 * ({@code whatHappened}, {@code outcomes[1].outcome}…), all found at once.
 */
class InvalidFollowUpException extends RuntimeException {

    /** A problem with one field, as a message key. */
    record FieldProblem(String field, String messageKey) {
    }

    private final List<FieldProblem> problems;

    InvalidFollowUpException(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
