package org.convene.identity;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.convene.web.ForbiddenException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Identity", description = "Who you are, and your personal API tokens")
class IdentityApi {

    private final AccountSettings settings;
    private final ApiTokenService tokens;

    IdentityApi(AccountSettings settings, ApiTokenService tokens) {
        this.settings = settings;
        this.tokens = tokens;
    }

    @GetMapping("/api/me")
    @Operation(summary = "The account the token belongs to")
    AccountSummary me(@AuthenticationPrincipal ConveneUser user) {
        return settings.get(user.accountId());
    }

    @PostMapping("/api/tokens")
    @Operation(summary = "Create a personal API token (HTTP Basic with email and password)",
            description = "The token is in the answer once and never again; keep it. A token cannot create "
                    + "tokens (403): whoever holds one must not be able to outlive its revocation.")
    ResponseEntity<CreatedToken> create(@AuthenticationPrincipal ConveneUser user, Authentication authentication,
            @Valid @RequestBody TokenRequest request) {
        if (authentication instanceof ApiTokenAuthentication) {
            throw new ForbiddenException("api.tokenCannotCreateTokens");
        }
        var issued = tokens.issue(user.accountId(), request.name());
        return ResponseEntity.created(URI.create("/api/tokens/" + issued.token().id()))
                .body(new CreatedToken(issued.token().id(), issued.token().name(), issued.raw()));
    }

    @GetMapping("/api/tokens")
    @Operation(summary = "Your tokens (names and dates, never the secrets)")
    List<TokenView> list(@AuthenticationPrincipal ConveneUser user) {
        return tokens.list(user.accountId()).stream()
                .map(token -> new TokenView(token.id(), token.name(), token.createdAt(), token.lastUsedAt()))
                .toList();
    }

    @DeleteMapping("/api/tokens/{tokenId}")
    @Operation(summary = "Revoke one of your tokens")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal ConveneUser user, @PathVariable long tokenId) {
        tokens.revoke(user.accountId(), tokenId);
        return ResponseEntity.noContent().build();
    }

    record TokenRequest(@NotBlank @Size(max = 100) String name) {
    }

    record CreatedToken(@Nullable Long id, String name, String token) {
    }

    record TokenView(@Nullable Long id, String name, Instant createdAt, @Nullable Instant lastUsedAt) {
    }
}
