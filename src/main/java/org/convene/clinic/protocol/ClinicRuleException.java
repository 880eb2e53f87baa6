package org.convene.clinic.protocol;

import java.util.List;

/**
 * A clinic or a case refused an action (see {@link Refusal}): the request was well formed
 * but the rules do not allow it now. Mapped to 409 problem+json by the web layer; the
 * details, when present, are further message keys (the problems found with a question).
 */
public class ClinicRuleException extends RuntimeException {

    private final Refusal refusal;
    private final List<String> detailKeys;

    public ClinicRuleException(Refusal refusal) {
        this(refusal, List.of());
    }

    public ClinicRuleException(Refusal refusal, List<String> detailKeys) {
        super(detailKeys.isEmpty() ? refusal.messageKey() : refusal.messageKey() + " " + detailKeys);
        this.refusal = refusal;
        this.detailKeys = List.copyOf(detailKeys);
    }

    public Refusal refusal() {
        return refusal;
    }

    public List<String> detailKeys() {
        return detailKeys;
    }
}
