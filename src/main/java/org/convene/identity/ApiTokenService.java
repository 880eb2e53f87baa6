package org.convene.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.convene.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ApiTokenService {

    static final String PREFIX = "cvn_";
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ApiTokenService(ApiTokenRepository tokens, JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.tokens = tokens;
        this.events = events;
        this.jdbc = jdbc;
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
        end(tokens.findByIdAndAccountId(tokenId, accountId).orElseThrow(() -> new NotFoundException("token")));
    }

    /** Revokes every token of the account, as if each were revoked by hand. */
    @Transactional
    void revokeAll(long accountId) {
        tokens.findByAccountIdOrderByCreatedAtDesc(accountId).forEach(this::end);
    }

    private void end(ApiToken token) {
        tokens.delete(token);
        events.publishEvent(new CredentialEnded(Credentials.token(token.tokenHash())));
    }

    /** Runs on every API call, so it reads the token and its account in one query. */
    @Transactional
    Optional<ConveneUser> authenticate(String raw) {
        Optional<TokenUse> use = jdbc.sql("""
                select t.id as token_id, t.last_used_at, a.id, a.email, a.display_name, a.administrator, a.password_hash,
                       a.session_epoch
                from api_token t join account a on a.id = t.account_id
                where t.token_hash = :hash
                """)
                .param("hash", SecretTokens.hash(raw))
                .query((rs, row) -> {
                    OffsetDateTime lastUsed = rs.getObject("last_used_at", OffsetDateTime.class);
                    return new TokenUse(rs.getLong("token_id"), lastUsed == null ? null : lastUsed.toInstant(),
                            new ConveneUser(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                                    rs.getBoolean("administrator"), rs.getString("password_hash"),
                                    rs.getInt("session_epoch")));
                })
                .optional();
        use.ifPresent(this::noteUse);
        return use.map(TokenUse::user);
    }

    private void noteUse(TokenUse use) {
        Instant now = clock.instant();
        if (use.lastUsedAt() == null || use.lastUsedAt().plus(LAST_USED_PRECISION).isBefore(now)) {
            jdbc.sql("update api_token set last_used_at = :now where id = :id")
                    .param("now", now.atOffset(ZoneOffset.UTC))
                    .param("id", use.tokenId())
                    .update();
        }
    }

    private record TokenUse(long tokenId, @Nullable Instant lastUsedAt, ConveneUser user) {
    }

    record IssuedToken(ApiToken token, String raw) {
    }
}
