package org.convene.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A path under {@code /api/} that matches no endpoint, or not with that method, is answered in
 * problem+json like every other API error ({@link ApiProblems} only sees requests that reached a
 * controller). Anywhere else the exception goes on to the error pages.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiFallbackProblems {

    private final MessageSource messages;

    ApiFallbackProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noSuchEndpoint(NoResourceFoundException e, HttpServletRequest request)
            throws NoResourceFoundException {
        if (!isApi(request)) {
            throw e; // rethrown as is: the next resolver renders the 404 page
        }
        return problem(HttpStatus.NOT_FOUND, "not-found", "error.notFound");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException e,
            HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
        if (!isApi(request)) {
            throw e;
        }
        var response = problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "error.methodNotAllowed");
        var allowed = e.getSupportedHttpMethods();
        if (allowed == null) {
            return response;
        }
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).allow(allowed.toArray(HttpMethod[]::new))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(response.getBody());
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String messageKey) {
        var problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(messageKey, null, messageKey, LocaleContextHolder.getLocale()));
        problem.setType(URI.create("https://convene.org/problems/" + type));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
