package org.convene.identity;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** After sign-in the pages speak the language the member chose, wherever they sign in from. */
@Component
class SignInSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

    private final AccountRepository accounts;
    private final LocaleResolver localeResolver;

    SignInSuccess(AccountRepository accounts, LocaleResolver localeResolver) {
        this.accounts = accounts;
        this.localeResolver = localeResolver;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        if (authentication.getPrincipal() instanceof ConveneUser user) {
            accounts.findById(user.accountId())
                    .map(Account::locale)
                    .ifPresent(tag -> localeResolver.setLocale(request, response, Locale.forLanguageTag(tag)));
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
