package org.convene.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page's upload that announces more bytes than the server accepts goes straight back to its form
 * with the reason, unread. It has to be turned away before Spring Security: the CSRF check reads the
 * form's token from the multipart body, and reading an oversized body fails with the servlet
 * container's bare 400. API uploads carry no form token and get their problem+json from
 * {@link UploadTooLarge}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OversizedFormUploads extends OncePerRequestFilter {

    private static final long DRAIN_FACTOR = 4;

    private final long limit;

    OversizedFormUploads(@Value("${spring.servlet.multipart.max-request-size}") DataSize limit) {
        this.limit = limit.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null || !type.startsWith("multipart/")
                || request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long announced = request.getContentLengthLong();
        if (announced > limit) {
            // Read what the browser is still sending before answering: a connection closed under an
            // upload in progress shows the browser a reset, not the answer. Past a few times the limit
            // it is not worth it; the connection then closes.
            long drainable = DRAIN_FACTOR * limit;
            drain(request.getInputStream(), Math.min(announced, drainable));
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader("Location", UploadTooLarge.backTo(request).toString());
            if (announced > drainable) {
                response.setHeader(HttpHeaders.CONNECTION, "close");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static void drain(InputStream body, long bytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = bytes;
        while (left > 0) {
            int read = body.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                return;
            }
            left -= read;
        }
    }
}
