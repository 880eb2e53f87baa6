package org.convene.web;

import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every cookie Convene sets (session, remember-me, language) is {@code SameSite=Lax}: sent when a
 * person follows a link here, never on a cross-site form post or fetch. The session cookie's own
 * setting ({@code server.servlet.session.cookie.same-site}) says the same.
 */
@Configuration(proxyBeanMethods = false)
class CookiePolicy {

    @Bean
    CookieSameSiteSupplier everyCookieSameSiteLax() {
        return CookieSameSiteSupplier.ofLax();
    }
}
