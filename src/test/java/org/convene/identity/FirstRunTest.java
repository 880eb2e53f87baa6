package org.convene.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** What the log says on first start is what the setup page accepts, once. */
@ExtendWith(OutputCaptureExtension.class)
class FirstRunTest {

    static final Pattern CODE_IN_LOG = Pattern.compile("setup code:\\s+(\\S+)");

    AccountRepository repository = mock(AccountRepository.class);
    AccountService service = mock(AccountService.class);

    @Test
    void printsACodeThatOpensSetupOnce(CapturedOutput output) {
        when(repository.existsByAdministratorTrue()).thenReturn(false);
        when(service.createAdministrator(anyString(), anyString(), anyString()))
                .thenReturn(new AccountSummary(1, "a@b.test", "A", true, null));
        var firstRun = new FirstRun(repository, service, "", "");

        firstRun.run(new DefaultApplicationArguments());

        var matcher = CODE_IN_LOG.matcher(output.getAll());
        assertThat(matcher.find()).as("the log shows the setup code").isTrue();
        var code = matcher.group(1);
        assertThat(firstRun.completeSetup("wrong", "a@b.test", "A", "long-enough-password")).isEmpty();
        assertThat(firstRun.completeSetup(code, "a@b.test", "A", "long-enough-password")).isPresent();
        assertThat(firstRun.completeSetup(code, "c@d.test", "C", "long-enough-password")).isEmpty();
        assertThat(firstRun.setupOpen()).isFalse();
    }

    @Test
    void noSetupWhenAnAdministratorExists() {
        when(repository.existsByAdministratorTrue()).thenReturn(true);
        var firstRun = new FirstRun(repository, service, "", "");

        firstRun.run(new DefaultApplicationArguments());

        assertThat(firstRun.setupOpen()).isFalse();
    }

    @Test
    void environmentAdministratorIsCreatedOnceAndClosesSetup() {
        when(repository.findByEmail("boss@convene.test")).thenReturn(Optional.empty());
        var firstRun = new FirstRun(repository, service, "Boss@Convene.test", "boss-password-1");

        firstRun.run(new DefaultApplicationArguments());

        verify(service).createAdministrator("Boss@Convene.test", "Administrator", "boss-password-1");
        assertThat(firstRun.setupOpen()).isFalse();
    }

    @Test
    void environmentAdministratorIsNotCreatedTwice() {
        when(repository.findByEmail("boss@convene.test")).thenReturn(Optional.of(mock(Account.class)));
        var firstRun = new FirstRun(repository, service, "boss@convene.test", "boss-password-1");

        firstRun.run(new DefaultApplicationArguments());

        verify(service, never()).createAdministrator(any(), any(), any());
    }
}
