package org.convene.identity;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.convene.web.InvalidInputException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own account: name, language, password and API tokens. */
@Controller
class AccountPages {

    private final AccountSettings settings;
    private final ApiTokenService tokens;
    private final LocaleResolver localeResolver;
    private final PageSignIn pageSignIn;
    private final RevocableRememberMe rememberMe;

    AccountPages(AccountSettings settings, ApiTokenService tokens, LocaleResolver localeResolver,
            PageSignIn pageSignIn, RevocableRememberMe rememberMe) {
        this.settings = settings;
        this.tokens = tokens;
        this.localeResolver = localeResolver;
        this.pageSignIn = pageSignIn;
        this.rememberMe = rememberMe;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal ConveneUser user, Model model) {
        var account = settings.get(user.accountId());
        if (!model.containsAttribute("settings")) {
            model.addAttribute("settings", new SettingsForm(account.displayName(),
                    account.locale() == null ? "" : account.locale()));
        }
        if (!model.containsAttribute("password")) {
            model.addAttribute("password", new PasswordForm("", ""));
        }
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm(""));
        }
        model.addAttribute("tokens", tokens.list(user.accountId()));
        return "identity/account";
    }

    @PostMapping("/account")
    String saveSettings(@AuthenticationPrincipal ConveneUser user,
            @Valid @ModelAttribute("settings") SettingsForm form, BindingResult binding, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            model.addAttribute("password", new PasswordForm("", ""));
            return account(user, model);
        }
        settings.update(user.accountId(), form.displayName(), form.locale());
        localeResolver.setLocale(request, response, form.locale().isBlank() ? null : Locale.forLanguageTag(form.locale()));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal ConveneUser user,
            @Valid @ModelAttribute("password") PasswordForm form, BindingResult binding, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            if (!binding.hasErrors() && !settings.changePassword(user.accountId(), form.current(), form.replacement())) {
                binding.rejectValue("current", "account.passwordWrong");
            }
        } catch (InvalidInputException e) {
            binding.rejectValue(e.field(), e.messageKey());
        }
        if (binding.hasErrors()) {
            return account(user, model);
        }
        // The change ended every session of the account; this one goes on, signed in with the new password.
        pageSignIn.signIn(user.email(), form.replacement(), request, response);
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/account";
    }

    /** Ends every session, this one too, and forgets every remembering browser; API tokens if asked. */
    @PostMapping("/account/sign-out-everywhere")
    String signOutEverywhere(@AuthenticationPrincipal ConveneUser user, Authentication authentication,
            @RequestParam(defaultValue = "false") boolean apiTokens, HttpServletRequest request,
            HttpServletResponse response) {
        settings.signOutEverywhere(user.accountId(), apiTokens);
        rememberMe.logout(request, response, authentication);
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return "redirect:/login?signedOutEverywhere";
    }

    @PostMapping("/account/tokens")
    String createToken(@AuthenticationPrincipal ConveneUser user, @Valid @ModelAttribute("tokenForm") TokenForm form,
            BindingResult binding, Model model) {
        if (binding.hasErrors()) {
            // Replacing "tokenForm" in the model would drop its errors: keep the one bound.
            return account(user, model);
        }
        var issued = tokens.issue(user.accountId(), form.name());
        model.addAttribute("issuedToken", issued.raw());
        model.addAttribute("issuedName", issued.token().name());
        model.addAttribute("tokenForm", new TokenForm(""));
        return account(user, model);
    }

    @PostMapping("/account/tokens/revoke")
    String revokeToken(@AuthenticationPrincipal ConveneUser user, @RequestParam long tokenId,
            RedirectAttributes redirect) {
        tokens.revoke(user.accountId(), tokenId);
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/account";
    }

    record SettingsForm(@NotBlank @Size(max = 100) String displayName, @Pattern(regexp = "|en|es") String locale) {
    }

    record PasswordForm(@NotBlank String current, @NotBlank String replacement) {
    }

    record TokenForm(@NotBlank @Size(max = 100) String name) {
    }
}
