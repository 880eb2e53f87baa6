package org.convene.clinic.session;

/** Where a live clinic is in its life: a step runs only while it is {@link #RUNNING}. */
public enum ClinicState {
    NOT_STARTED,
    RUNNING,
    ENDED
}
