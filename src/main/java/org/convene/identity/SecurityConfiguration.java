package org.convene.identity;

import static org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER;

import javax.sql.DataSource;

import jakarta.servlet.DispatcherType;
import org.convene.web.StaticResources;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.RememberMeAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two doors: the JSON API under {@code /api/**} (stateless, bearer tokens, HTTP Basic only to
 * obtain a token) and the pages (form sign-in, revocable remember-me, sessions that end when their
 * account's password changes or its owner signs out everywhere, CSRF on every form and htmx call).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String REMEMBER_ME_COOKIE = "convene-remember-me";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Passwords (form and HTTP Basic, refused while {@link LoginThrottle} makes the attempt wait)
     * and remember-me cookies. Failures are published as events, which the throttle counts.
     */
    @Bean
    AuthenticationManager authenticationManager(AccountDetailsService details, PasswordEncoder encoder,
            LoginThrottle throttle, SecretSettings secrets, ApplicationEventPublisher events) {
        var passwords = new ThrottledPasswordAuthentication(details, throttle);
        passwords.setPasswordEncoder(encoder);
        var manager = new ProviderManager(passwords, new RememberMeAuthenticationProvider(secrets.rememberMeKey()));
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    /** Remember-me cookies as rows of {@code persistent_logins}, so that they can be revoked. */
    @Bean
    PersistentTokenRepository rememberedBrowsers(DataSource dataSource) {
        var repository = new JdbcTokenRepositoryImpl();
        repository.setDataSource(dataSource);
        return repository;
    }

    @Bean
    RevocableRememberMe rememberMeServices(AccountDetailsService details, SecretSettings secrets,
            PersistentTokenRepository rememberedBrowsers) {
        var services = new RevocableRememberMe(secrets.rememberMeKey(), details, rememberedBrowsers);
        services.setCookieName(REMEMBER_ME_COOKIE);
        services.setParameter("remember-me");
        services.setTokenValiditySeconds(60 * 60 * 24 * 30);
        return services;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager authenticationManager,
            ApiTokenService tokens, ApiAuthenticationProblems problems) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        // A live stream ends with an async dispatch that carries no credentials.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/invitations/*/accept").permitAll()
                        .anyRequest().authenticated())
                .authenticationManager(authenticationManager)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(NO_REFERRER)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authenticationManager,
            RevocableRememberMe rememberMe, SignInSuccess signInSuccess, SignInFailure signInFailure,
            AccountRepository accounts) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers(StaticResources.PATHS).permitAll()
                        .requestMatchers("/login", "/setup", "/invitations/**", "/favicon.ico", "/error",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .anyRequest().authenticated())
                .authenticationManager(authenticationManager)
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("email")
                        .successHandler(signInSuccess)
                        .failureHandler(signInFailure)
                        .permitAll())
                .rememberMe(remember -> remember.rememberMeServices(rememberMe))
                .addFilterAfter(new SessionEpochCheck(accounts), RememberMeAuthenticationFilter.class)
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?signedOut")
                        .deleteCookies(REMEMBER_ME_COOKIE, "JSESSIONID"))
                // Invitation links carry their token in the path: no page tells another site where it came from.
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(NO_REFERRER))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; frame-ancestors 'none'; form-action 'self'")));
        return http.build();
    }
}
