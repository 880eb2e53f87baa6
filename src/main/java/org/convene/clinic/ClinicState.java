package org.convene.clinic;

/** Where a live clinic is in its life: a step runs only while it is {@link #RUNNING}. */
enum ClinicState {
    NOT_STARTED,
    RUNNING,
    ENDED
}
