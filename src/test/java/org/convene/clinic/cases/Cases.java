package org.convene.clinic.cases;

/** Test data for cases, for the rooms that show or follow them up. */
public final class Cases {

    private Cases() {
    }

    /** A new draft of case {@code id}, presented by {@code presenterId}. */
    public static ClinicCase draft(long id, long presenterId, CaseContent content) {
        return new ClinicCase(id, presenterId, content);
    }
}
