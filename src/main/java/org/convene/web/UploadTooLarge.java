package org.convene.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An upload over the size limit, or one that cannot be read, is refused while the request is read, before any controller is
 * chosen, so the advice of the API and of the pages (each bound to its kind of controller) never
 * sees it. The API answers 413 with problem+json; a page goes back to where the upload came from,
 * which says why ({@code uploadTooLarge}), with everything already saved untouched. Either way the
 * connection closes: the rest of the body is never read, so it cannot carry another request.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge {

    private final ApiProblems problems;

    UploadTooLarge(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<?> refuse(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).header(HttpHeaders.CONNECTION, "close")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problems.uploadTooLarge());
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.CONNECTION, "close")
                .location(backTo(request)).build();
    }

    /**
     * A multipart body the container cannot read (no boundary, cut short): the API answers 400
     * problem+json, a page the 400 error page. Nothing was read, so nothing was saved.
     */
    @ExceptionHandler(MultipartException.class)
    @Nullable ResponseEntity<?> unreadable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.badRequest().header(HttpHeaders.CONNECTION, "close")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problems.unreadableUpload());
        }
        response.sendError(HttpStatus.BAD_REQUEST.value());
        return null;
    }

    /** The page the upload came from, on this site; the home page when the browser did not say. */
    static URI backTo(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        String path = request.getContextPath() + "/";
        if (referer != null) {
            URI from = URI.create(referer);
            if (from.getRawPath() != null && request.getServerName().equals(from.getHost())) {
                path = from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
            }
        }
        return UriComponentsBuilder.fromUriString(path).replaceQueryParam("uploadTooLarge").query("uploadTooLarge")
                .build().toUri();
    }
}
