package org.convene.identity;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Secrets generated once and kept in the database, so every node and every restart agree. */
@Component
class SecretSettings {

    private static final String REMEMBER_ME_KEY = "identity.remember-me-key";

    private final JdbcClient jdbc;

    SecretSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String rememberMeKey() {
        return jdbc.sql("select setting_value from app_setting where setting_name = ?").param(REMEMBER_ME_KEY)
                .query(String.class).optional()
                .orElseGet(this::createRememberMeKey);
    }

    private String createRememberMeKey() {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        var key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into app_setting (setting_name, setting_value) values (?, ?)").params(REMEMBER_ME_KEY, key).update();
        return key;
    }
}
