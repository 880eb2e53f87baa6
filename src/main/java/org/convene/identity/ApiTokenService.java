package org.convene.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.convene.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ApiTokenService {

    static final String PREFIX = "cvn_";
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final AccountRepository accounts;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, AccountRepository accounts, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Returns the token itself: the only moment it exists outside the caller's hands. */
    @Transactional
    IssuedToken issue(long accountId, String name) {
        var raw = SecretTokens.newToken(PREFIX);
        var saved = tokens.save(new ApiToken(null, accountId, name.strip(), SecretTokens.hash(raw), clock.instant(), null));
        return new IssuedToken(saved, raw);
    }

    @Transactional(readOnly = true)
    List<ApiToken> list(long accountId) {
        return tokens.findByAccountIdOrderByCreatedAtDesc(accountId);
    }

    @Transactional
    void revoke(long accountId, long tokenId) {
        var token = tokens.findByIdAndAccountId(tokenId, accountId)
                .orElseThrow(() -> new NotFoundException("token"));
        tokens.delete(token);
    }

    @Transactional
    Optional<ConveneUser> authenticate(String raw) {
        return tokens.findByTokenHash(SecretTokens.hash(raw)).flatMap(token -> {
            var now = clock.instant();
            if (token.lastUsedAt() == null || token.lastUsedAt().plus(LAST_USED_PRECISION).isBefore(now)) {
                tokens.save(token.usedAt(now));
            }
            return accounts.findById(token.accountId()).map(Account::toUser);
        });
    }

    record IssuedToken(ApiToken token, String raw) {
    }
}
