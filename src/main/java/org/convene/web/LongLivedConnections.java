package org.convene.web;

import org.eclipse.jetty.server.HttpConnectionFactory;
import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every open room page holds a connection for its event stream, for hours, so what Jetty keeps per
 * connection is multiplied by everyone in every room. Its cache of request headers (about 17 KB
 * built on each connection's first request) made 5,000 open streams hold 116 MB of a 512 MB heap; a
 * stream sends one request in its life, so the cache saves nothing on it.
 */
@Configuration(proxyBeanMethods = false)
class LongLivedConnections {

    @Bean
    WebServerFactoryCustomizer<JettyServletWebServerFactory> noHeaderCachePerConnection() {
        return factory -> factory.addServerCustomizers(server -> {
            for (var connector : server.getConnectors()) {
                var http = connector.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null) {
                    http.getHttpConfiguration().setHeaderCacheSize(0);
                }
            }
        });
    }
}
