package org.convene.clinic.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;

import org.convene.clinic.ClinicEventName;
import org.convene.live.LiveStreams;
import org.junit.jupiter.api.Test;

/** The live room's contract is declared once, in Java: nothing can drift out of it silently. */
class RoomContractTest {

    private static final Path SCRIPT = Path.of("src/main/resources/static/js/clinic.js");
    private static final Path PARTS = Path.of("src/main/resources/templates/clinic/room-parts.html");

    @Test
    void shouldGiveEveryPartItsOwnElementAndAFragmentOfTheSameName() throws IOException {
        String template = Files.readString(PARTS);
        var ids = Arrays.stream(RoomPart.values()).map(RoomPart::elementId).toList();

        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        for (RoomPart part : RoomPart.values()) {
            assertThat(template).contains("th:fragment=\"" + part.fragment() + "\"")
                    .contains("live.partId('" + part.fragment() + "')");
            assertThat(RoomContract.INSTANCE.partId(part.fragment())).isEqualTo(part.elementId());
        }
    }

    @Test
    void shouldLeaveEveryNameSharedWithTheServerOutOfThePageScript() throws IOException {
        String script = Files.readString(SCRIPT);
        var shared = new java.util.ArrayList<String>();
        shared.add(RoomContract.UPDATE_EVENT);
        shared.add(LiveStreams.RESET);
        shared.add(RoomContract.LAST_EVENT_PARAM);
        shared.add(RoomContract.PAGE_KEY_PARAM);
        shared.add(RoomContract.INSTANCE.announcerId());
        Arrays.stream(RoomPart.values()).map(RoomPart::elementId).forEach(shared::add);
        Arrays.stream(ClinicEventName.values()).map(ClinicEventName::wireName).forEach(shared::add);

        for (String name : shared) {
            assertThat(script).as("clinic.js reads '%s' from the page instead", name)
                    .doesNotContain("\"" + name + "\"").doesNotContain("'" + name + "'")
                    .doesNotContain("#" + name);
        }
    }

    @Test
    void shouldChangeWhatEveryoneMayDoWhenTheStepChanges() {
        assertThat(RoomPart.changedBy(ClinicEventName.STEP_STARTED))
                .contains(RoomPart.STEP, RoomPart.COMPOSER, RoomPart.CONTRIBUTIONS, RoomPart.CONTROLS);
        assertThat(RoomPart.changedBy(ClinicEventName.CONTRIBUTION_POSTED)).isEmpty();
        assertThat(RoomPart.changedBy(ClinicEventName.HAND_RAISED)).containsExactly(RoomPart.QUEUE);
    }
}
