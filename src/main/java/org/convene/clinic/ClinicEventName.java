package org.convene.clinic;

import java.util.Arrays;

/**
 * The name each clinic event carries on the API's event stream. Declared here, by class, so that
 * renaming a record cannot silently rename (and so break) what integrations listen to.
 */
public enum ClinicEventName {

    CLINIC_STARTED(ClinicStarted.class, "clinic-started"),
    STEP_STARTED(StepStarted.class, "step-started"),
    STEP_RESUMED(StepResumed.class, "step-resumed"),
    STEP_EXTENDED(StepExtended.class, "step-extended"),
    STEP_SHORTENED(StepShortened.class, "step-shortened"),
    STEP_SKIPPED(StepSkipped.class, "step-skipped"),
    AGENDA_ADJUSTED(AgendaAdjusted.class, "agenda-adjusted"),
    CONTRIBUTION_POSTED(ContributionPosted.class, "contribution-posted"),
    HAND_RAISED(HandRaised.class, "hand-raised"),
    HAND_LOWERED(HandLowered.class, "hand-lowered"),
    FLOOR_GIVEN(FloorGiven.class, "floor-given"),
    CLINIC_ENDED(ClinicEnded.class, "clinic-ended");

    /** Not a domain event of the session: the presenter's summary made the case held. */
    public static final String CASE_HELD = "case-held";

    private final Class<? extends ClinicEvent> type;
    private final String wireName;

    ClinicEventName(Class<? extends ClinicEvent> type, String wireName) {
        this.type = type;
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    Class<? extends ClinicEvent> type() {
        return type;
    }

    public static ClinicEventName of(ClinicEvent event) {
        return Arrays.stream(values()).filter(name -> name.type == event.getClass()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no name for " + event.getClass()));
    }

    public static java.util.Optional<ClinicEventName> named(String wireName) {
        return Arrays.stream(values()).filter(name -> name.wireName.equals(wireName)).findFirst();
    }
}
