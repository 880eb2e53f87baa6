package org.convene.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The problem+json for an error that reached no controller (the servlet container's own 400, 404,
 * 414, 415 or 431, the security firewall's 400, anything sent with {@code sendError}): a type and a
 * message chosen by the status alone, since nothing more is known.
 */
@Component
class ContainerProblems {

    private static final URI TYPE_BASE = URI.create("https://convene.org/problems/");

    private final MessageSource messages;

    ContainerProblems(MessageSource messages) {
        this.messages = messages;
    }

    static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/api");
    }

    /** The fields of the problem, in order, ready to be written as JSON. */
    Map<String, Object> problem(int status, Locale locale) {
        var known = HttpStatus.resolve(status);
        var kind = switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "upload-too-large";
            case 414 -> "uri-too-long";
            case 415 -> "unsupported-media-type";
            case 431 -> "headers-too-large";
            default -> status < 500 ? "bad-request" : "server-error";
        };
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", TYPE_BASE.resolve(kind).toString());
        problem.put("title", known == null ? "Error" : known.getReasonPhrase());
        problem.put("status", status);
        problem.put("detail", messages.getMessage("error.container." + kind, null, locale));
        return problem;
    }
}
