package org.convene.web;

import java.time.temporal.Temporal;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;

/** Where in a JSON body a value was refused, and why, in the words of the message bundles. */
final class JsonFields {

    private JsonFields() {
    }

    /** {@code entries[2].metric}, as the API's field errors name fields. */
    static String path(List<JacksonException.Reference> path) {
        var field = new StringBuilder();
        for (var step : path) {
            if (step.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    static String messageKey(DatabindException refused) {
        if (refused instanceof InvalidNullException) {
            return "error.nullNotAllowed";
        }
        if (refused instanceof InvalidFormatException format) {
            if (Temporal.class.isAssignableFrom(format.getTargetType())) {
                return "error.dateOutOfRange";
            }
            if (format.getValue() instanceof Number) {
                return "error.numberNotFinite";
            }
        }
        return "typeMismatch";
    }
}
