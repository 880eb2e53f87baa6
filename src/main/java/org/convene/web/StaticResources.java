package org.convene.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The files the pages load, under the only addresses that serve them. Spring Boot's default serves
 * static files under {@code /**}, and then every link a page writes ({@code @{/communities/1}} as much as
 * {@code @{/css/convene.css}}) is looked up as a file on the class path before it is written, a search
 * through every jar that finds nothing and is not remembered: a third of a page's CPU. Declared
 * here, a link outside these addresses is written as it is, and the files' own lookups are cached.
 */
@Configuration(proxyBeanMethods = false)
public class StaticResources implements WebMvcConfigurer {

    /** Public to everyone, signed in or not, and never a page. */
    public static final String[] PATHS = {"/css/**", "/js/**", "/img/**", "/webjars/**"};

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : new String[] {"css", "js", "img"}) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
                    .resourceChain(true);
        }
        // Pages name a WebJar without its version (/webjars/htmx.org/dist/htmx.min.js); the resolver finds it.
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }
}
