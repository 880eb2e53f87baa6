package org.convene.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * Every error of the JSON API as {@code application/problem+json} (RFC 9457), with the
 * offending fields listed under {@code errors}, in the caller's language.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final URI TYPE_BASE = URI.create("https://convene.org/problems/");

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", text("error.notFound"));
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", text(e.messageKey()));
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "conflict", text(e.messageKey(), e.arguments()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail staleEdit(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "stale-edit", text("error.staleEdit"));
    }

    /** A change that could not get its turn (a room too busy, a lock on the database): nothing was saved. */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ResponseEntity<ProblemDetail> busy(ConcurrencyFailureException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "busy", text("error.busy")));
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
                        text(e.messageKey(), e.retryAfterSeconds())));
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        var problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", text("error.invalidInput"));
        problem.setProperty("errors", List.of(fieldError(e.field(), text(e.messageKey()))));
        return problem;
    }

    /** What {@link UploadTooLarge} answers to an API upload over the size limit. */
    ProblemDetail uploadTooLarge() {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "upload-too-large", text("error.uploadTooLarge"));
    }

    /** What {@link UploadTooLarge} answers to an API upload whose multipart body cannot be read. */
    ProblemDetail unreadableUpload() {
        return problem(HttpStatus.BAD_REQUEST, "unreadable-upload", text("error.unreadableUpload"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", text("error.invalidInput"));
        problem.setProperty("errors", ex.getBindingResult().getFieldErrors().stream()
                .map(error -> fieldError(error.getField(), message(error)))
                .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * A body that is not the JSON expected: broken syntax, a wrong type, a {@code null} inside a list,
     * a number or date outside what Convene accepts ({@link ApiJsonBoundaries}). The field is named
     * when the parser knows it.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = problem(HttpStatus.BAD_REQUEST, "unreadable-body", text("error.unreadableBody"));
        if (ex.getCause() instanceof DatabindException unreadable && !unreadable.getPath().isEmpty()) {
            problem.setProperty("errors", List.of(fieldError(JsonFields.path(unreadable.getPath()),
                    text(JsonFields.messageKey(unreadable), SensibleDates.EARLIEST_YEAR, SensibleDates.LATEST_YEAR))));
        }
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private String message(FieldError error) {
        return messages.getMessage(error, LocaleContextHolder.getLocale());
    }

    private static Map<String, String> fieldError(String field, String message) {
        var error = new LinkedHashMap<String, String>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    private ProblemDetail problem(HttpStatus status, String type, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(TYPE_BASE.resolve(type));
        return problem;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
