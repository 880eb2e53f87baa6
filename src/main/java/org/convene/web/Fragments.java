package org.convene.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Renders template fragments outside any request, for what is pushed to browsers: the same
 * templates, messages and beans ({@code @dates}…) as a page, in the language it is rendered for.
 * Templates rendered here build links from variables, not with {@code @{…}}, which needs a request.
 */
@Component
public class Fragments {

    private final ITemplateEngine templates;
    private final ApplicationContext application;
    private final ConversionService conversions;

    public Fragments(ITemplateEngine templates, ApplicationContext application, ConversionService mvcConversionService) {
        this.templates = templates;
        this.application = application;
        this.conversions = mvcConversionService;
    }

    public String render(String template, String fragment, Locale locale, Map<String, Object> variables) {
        var context = new Context(locale, variables);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, conversions));
        // Beans that format for the reader (times, dates) read the language from here, as in a request.
        var before = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locale);
        try {
            return templates.process(template, Set.of(fragment), context);
        } finally {
            LocaleContextHolder.setLocaleContext(before);
        }
    }
}
