package org.convene.clinic.web.api;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.convene.clinic.cases.InvalidCaseException;
import org.convene.clinic.followup.InvalidFollowUpException;
import org.convene.clinic.protocol.ClinicRuleException;
import org.convene.clinic.protocol.InvalidAgendaException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The clinic's rules as problem+json: a refusal is 409 with the rule's own words, 403 when it is about
 * the asker's role (for
 * advice offered during Understanding, the seed's hint), bad input is 400 next to its field.
 */
@RestControllerAdvice(assignableTypes = {CaseApi.class, ClinicApi.class, FollowUpApi.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClinicApiProblems {

    private static final URI TYPE_BASE = URI.create("https://convene.org/problems/");

    private final MessageSource messages;

    ClinicApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ClinicRuleException.class)
    ProblemDetail refused(ClinicRuleException e) {
        var status = e.refusal().isAboutRole() ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT;
        var problem = ProblemDetail.forStatusAndDetail(status, text(e.refusal().messageKey()));
        problem.setType(TYPE_BASE.resolve("clinic-rule"));
        problem.setProperty("refusal", e.refusal().name());
        if (!e.detailKeys().isEmpty()) {
            problem.setProperty("problems", e.detailKeys().stream().map(this::text).toList());
        }
        return problem;
    }

    @ExceptionHandler(InvalidCaseException.class)
    ProblemDetail invalidCase(InvalidCaseException e) {
        return invalid(e.field(), e.messageKey());
    }

    @ExceptionHandler(InvalidFollowUpException.class)
    ProblemDetail invalidFollowUp(InvalidFollowUpException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("error.invalidInput"));
        problem.setType(TYPE_BASE.resolve("invalid-input"));
        problem.setProperty("errors", e.problems().stream().map(found -> {
            var error = new LinkedHashMap<String, String>();
            error.put("field", found.field());
            error.put("message", text(found.messageKey()));
            return error;
        }).toList());
        return problem;
    }

    @ExceptionHandler(InvalidAgendaException.class)
    ProblemDetail invalidAgenda(InvalidAgendaException e) {
        return invalid("totalMinutes", e.messageKey());
    }

    /** The domain's own checks on well-formed values (blank text, an extension out of range). */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalidValue(IllegalArgumentException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("error.invalidInput"));
        problem.setType(TYPE_BASE.resolve("invalid-input"));
        problem.setProperty("errors", List.of(Map.of("field", "", "message", String.valueOf(e.getMessage()))));
        return problem;
    }

    private ProblemDetail invalid(String field, String key) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("error.invalidInput"));
        problem.setType(TYPE_BASE.resolve("invalid-input"));
        var error = new LinkedHashMap<String, String>();
        error.put("field", field);
        error.put("message", text(key));
        problem.setProperty("errors", List.of(error));
        return problem;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
