package org.convene.identity;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** 401, 403 and 429 (sign-in delayed) from the security filters, answered as problem+json like every other API error. */
@Component
class ApiAuthenticationProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final MessageSource messages;
    private final JsonMapper json;

    ApiAuthenticationProblems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        if (exception instanceof SignInDelayed delayed) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(delayed.retryAfterSeconds()));
            write(request, response, HttpStatus.TOO_MANY_REQUESTS, "too-many-sign-ins", "api.tooManySignIns");
            return;
        }
        response.setHeader("WWW-Authenticate", "Bearer realm=\"convene\"");
        write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", "api.unauthorized");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException exception) throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "forbidden", "api.forbidden");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
            String messageKey) throws IOException {
        var problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(messageKey, null, request.getLocale()));
        problem.setType(URI.create("https://convene.org/problems/" + type));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
