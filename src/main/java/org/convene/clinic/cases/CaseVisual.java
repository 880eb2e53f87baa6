package org.convene.clinic.cases;

import java.time.Instant;

/** The one visual of a case: an image the whole room keeps in view during the clinic. */
public record CaseVisual(String contentType, byte[] bytes, Instant uploadedAt) {
}
