package org.convene.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.standard();

    private String refusalFor(String password) {
        return policy.refusal(password, "dana.diaz@example.org", "Dana Diaz").orElse("accepted");
    }

    @Test
    void shouldAcceptALongPassphraseThatIsNeitherCommonNorPersonal() {
        assertThat(refusalFor("quiet river under old bridges")).isEqualTo("accepted");
        assertThat(refusalFor("ÁrbolesÁrboles")).isEqualTo("accepted");
    }

    @Test
    void shouldCountCharactersForTheMinimumAndBytesForTheMaximum() {
        assertThat(refusalFor("nine-char")).isEqualTo("password.tooShort");
        assertThat(refusalFor("ten-chars!")).isEqualTo("accepted");
        assertThat(refusalFor("x".repeat(72))).isEqualTo("accepted");
        assertThat(refusalFor("x".repeat(73))).isEqualTo("password.tooLong");
        assertThat(refusalFor("ñ".repeat(37))).as("74 bytes: bcrypt would not read them all")
                .isEqualTo("password.tooLong");
    }

    @ParameterizedTest
    @ValueSource(strings = {"qwertyuiop", "1234567890", "password123", "Password123", "PASSWORD123", "basketball"})
    void shouldRefuseCommonPasswordsWhateverTheirCase(String common) {
        assertThat(refusalFor(common)).isEqualTo("password.common");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dana.diaz@example.org", "dana.diaz-2026", "my name is DIAZ!", "Diaz1234567",
            "welcome-to-convene", "ConveneConvene"})
    void shouldRefuseTheAccountsOwnWordsAndTheApplicationsName(String personal) {
        assertThat(refusalFor(personal)).isEqualTo("password.personal");
    }

    @Test
    void shouldLeaveShortNamePartsAloneLestTooManyGoodPasswordsBeRefused() {
        assertThat(PasswordPolicy.contextWords("al@ex.org", "Al Li")).containsExactly("al@ex.org", "convene");
        assertThat(policy.refusal("sally's almond trees", "al@ex.org", "Al Li")).isEmpty();
    }
}
