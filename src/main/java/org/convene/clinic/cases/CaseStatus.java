package org.convene.clinic.cases;

import java.util.Locale;

/**
 * Where a case is in its life: {@code DRAFT → READY → SCHEDULED → HELD → FOLLOW_UP_DUE →
 * CLOSED}, by way of {@code AWAITING_SUMMARY} when the clinic ends before the presenter summed up;
 * moved only by the guarded transitions of {@link ClinicCase}.
 */
public enum CaseStatus {

    /** The presenter is preparing it. */
    DRAFT,
    /** Its question is precise; members can say they have a related experience. */
    READY,
    /** A clinic is planned for it. */
    SCHEDULED,
    /** The clinic ended before the presenter saved the summary; they may still write it. */
    AWAITING_SUMMARY,
    /** The clinic reached its summary; the presenter is trying the advice until the follow-up. */
    HELD,
    /** The follow-up date has come; the presenter owes the community a report. */
    FOLLOW_UP_DUE,
    /** The report is filed: the case is complete in the library. */
    CLOSED;

    public String labelKey() {
        return "clinic.status." + name().toLowerCase(Locale.ROOT);
    }
}
