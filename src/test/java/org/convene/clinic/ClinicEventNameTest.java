package org.convene.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;

import org.junit.jupiter.api.Test;

/** The names the clinic's events carry on the API's stream are declared once, by class. */
class ClinicEventNameTest {

    @Test
    void shouldNameEveryClinicEventOnTheApiStreamOnceAndByClass() {
        var named = Arrays.stream(ClinicEventName.values()).map(ClinicEventName::type).toList();
        var wireNames = Arrays.stream(ClinicEventName.values()).map(ClinicEventName::wireName).toList();

        assertThat(named.toArray()).containsExactlyInAnyOrder((Object[]) ClinicEvent.class.getPermittedSubclasses());
        assertThat(new HashSet<>(wireNames)).hasSameSizeAs(wireNames);
        assertThat(wireNames).allMatch(name -> name.matches("[a-z]+(-[a-z]+)*"));
    }

    @Test
    void shouldKeepTheNamesAnIntegrationListensToWhateverTheRecordsAreCalled() {
        // A renamed record keeps its wire name: these are what integrations were told in the API docs.
        assertThat(ClinicEventName.of(new HandRaised(1, 1, java.time.Instant.EPOCH, 7)).wireName())
                .isEqualTo("hand-raised");
        assertThat(ClinicEventName.named("contribution-posted")).contains(ClinicEventName.CONTRIBUTION_POSTED);
    }
}
