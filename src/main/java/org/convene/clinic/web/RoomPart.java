package org.convene.clinic.web;

import java.util.EnumSet;
import java.util.Set;

import org.convene.clinic.ClinicEventName;

/**
 * The parts of the live room that a change replaces whole, each a fragment of
 * {@code clinic/room-parts} and the element with {@link #elementId()}.
 */
public enum RoomPart {

    STEP("room-step"),
    CONTROLS("room-controls"),
    COMPOSER("room-composer"),
    CONTRIBUTIONS("room-contributions"),
    QUEUE("room-queue"),
    PRESENCE("room-presence");

    private static final Set<RoomPart> STEP_CHANGE = EnumSet.of(STEP, CONTROLS, COMPOSER, CONTRIBUTIONS, QUEUE);
    private static final Set<RoomPart> CLOCK_CHANGE = EnumSet.of(STEP, CONTROLS);

    private final String elementId;

    RoomPart(String elementId) {
        this.elementId = elementId;
    }

    public String elementId() {
        return elementId;
    }

    /** The fragment's name in {@code clinic/room-parts}. */
    public String fragment() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * What an event changes in the room, besides a contribution it appends: a new step changes what
     * everyone may do; a new deadline changes the clock; the queue and the floor change the queue.
     */
    static Set<RoomPart> changedBy(ClinicEventName event) {
        return switch (event) {
            case CLINIC_STARTED, STEP_STARTED, STEP_RESUMED, STEP_SKIPPED, CLINIC_ENDED -> STEP_CHANGE;
            case STEP_EXTENDED, STEP_SHORTENED, AGENDA_ADJUSTED -> CLOCK_CHANGE;
            case HAND_RAISED, HAND_LOWERED -> EnumSet.of(QUEUE);
            case FLOOR_GIVEN -> EnumSet.of(QUEUE, STEP);
            case CONTRIBUTION_POSTED -> EnumSet.noneOf(RoomPart.class);
        };
    }
}
