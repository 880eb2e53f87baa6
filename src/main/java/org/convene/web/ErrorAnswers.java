package org.convene.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * The error dispatch ({@code /error}): an error of a request under {@code /api/} is answered in
 * problem+json whatever the client accepts; pages keep Spring Boot's error pages.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorAnswers extends BasicErrorController {

    private final ContainerProblems problems;
    private final JsonMapper json;

    ErrorAnswers(ErrorAttributes attributes, WebProperties web, ObjectProvider<ErrorViewResolver> resolvers,
            ContainerProblems problems, JsonMapper json) {
        super(attributes, web.getError(), resolvers.orderedStream().toList());
        this.problems = problems;
        this.json = json;
    }

    @Override
    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    public @Nullable ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (!fromApi(request)) {
            return super.errorHtml(request, response);
        }
        response.setStatus(getStatus(request).value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        try {
            json.writeValue(response.getOutputStream(), problem(request));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    @Override
    @RequestMapping
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        if (!fromApi(request)) {
            return super.error(request);
        }
        return ResponseEntity.status(getStatus(request)).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(request));
    }

    private Map<String, Object> problem(HttpServletRequest request) {
        return problems.problem(getStatus(request).value(), LocaleContextHolder.getLocale());
    }

    private static boolean fromApi(HttpServletRequest request) {
        var path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return path instanceof String uri && ContainerProblems.isApi(uri.substring(request.getContextPath().length()));
    }
}
