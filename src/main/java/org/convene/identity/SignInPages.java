package org.convene.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.convene.web.ConflictException;
import org.convene.web.InvalidInputException;
import org.convene.web.NotFoundException;

/** The sign-in page and the first-run page that creates the administrator. */
@Controller
class SignInPages {

    private final FirstRun firstRun;
    private final boolean demo;

    SignInPages(FirstRun firstRun, @Value("${convene.demo:false}") boolean demo) {
        this.firstRun = firstRun;
        this.demo = demo;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demo", demo);
        model.addAttribute("setupOpen", firstRun.setupOpen());
        return "identity/login";
    }

    @GetMapping("/setup")
    String setup(Model model) {
        requireSetupOpen();
        model.addAttribute("form", new SetupForm("", "", "", ""));
        return "identity/setup";
    }

    @PostMapping("/setup")
    String completeSetup(@Valid @ModelAttribute("form") SetupForm form, BindingResult binding) {
        requireSetupOpen();
        if (binding.hasErrors()) {
            return "identity/setup";
        }
        try {
            if (firstRun.completeSetup(form.code(), form.email(), form.displayName(), form.password()).isEmpty()) {
                binding.rejectValue("code", "setup.codeWrong");
                return "identity/setup";
            }
        } catch (ConflictException e) {
            binding.rejectValue("email", e.messageKey());
            return "identity/setup";
        } catch (InvalidInputException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return "identity/setup";
        }
        return "redirect:/login?setupDone";
    }

    private void requireSetupOpen() {
        if (!firstRun.setupOpen()) {
            throw new NotFoundException("setup");
        }
    }

    record SetupForm(@NotBlank @Size(max = 100) String code, @NotBlank @Email @Size(max = 320) String email,
            @NotBlank @Size(max = 100) String displayName, @NotBlank String password) {
    }
}
