package org.convene.clinic;

import java.util.List;

/**
 * A clinic or a case refused an action (see {@link Refusal}): the request was well formed
 * but the rules do not allow it now. Mapped to 409 problem+json by the web layer; the
 * details, when present, are further message keys (the problems found with a question).
 */
class ClinicRuleException extends RuntimeException {

    private final Refusal refusal;
    private final List<String> detailKeys;

    ClinicRuleException(Refusal refusal) {
        this(refusal, List.of());
    }

    ClinicRuleException(Refusal refusal, List<String> detailKeys) {
        super(detailKeys.isEmpty() ? refusal.messageKey() : refusal.messageKey() + " " + detailKeys);
        this.refusal = refusal;
        this.detailKeys = List.copyOf(detailKeys);
    }

    Refusal refusal() {
        return refusal;
    }

    List<String> detailKeys() {
        return detailKeys;
    }
}
