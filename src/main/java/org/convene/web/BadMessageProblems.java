package org.convene.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Locale;

import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests Jetty refuses before any servlet sees them (a URL or headers too long, a broken request
 * line or percent-encoding): under {@code /api/}, or when the path could not even be read, the
 * answer is problem+json like every other API error; pages keep Jetty's short error page.
 */
@Configuration(proxyBeanMethods = false)
class BadMessageProblems {

    @Bean
    WebServerFactoryCustomizer<JettyServletWebServerFactory> problemJsonForBadMessages(ContainerProblems problems,
            JsonMapper json) {
        return factory -> factory.addServerCustomizers(server -> server.setErrorHandler(new Handler(problems, json)));
    }

    private static final class Handler extends ErrorHandler {

        private final ContainerProblems problems;
        private final JsonMapper json;

        Handler(ContainerProblems problems, JsonMapper json) {
            this.problems = problems;
            this.json = json;
        }

        /** Jetty writes no body for a PUT, PATCH or DELETE it refuses; an API client still needs the problem. */
        @Override
        public boolean errorPageForMethod(String method) {
            return true;
        }

        @Override
        protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                Callback callback) throws IOException {
            // A request Jetty could not parse at all reaches here as "/badMessage": its real path is unknown.
            var unparsed = cause instanceof HttpException;
            if (!unparsed && !ContainerProblems.isApi(Request.getPathInContext(request))) {
                super.generateResponse(request, response, code, message, cause, callback);
                return;
            }
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
            var body = json.writeValueAsBytes(problems.problem(code, Locale.ENGLISH));
            response.write(true, ByteBuffer.wrap(body), callback);
        }
    }
}
