package dk.welfarealliance;

import dk.welfarealliance.internal.validation.TextRules;
import dk.welfarealliance.internal.validation.Violations;

/**
 * Who made a change, as an opaque reference supplied by the embedder (e.g. {@code user:4711} or
 * {@code job:nightly-import}) and recorded in the history. It must never be a person's name: history is
 * kept for ever, personal data is not (docs/personal-data.md). Single-line text, 1–200 UTF-16 units.
 *
 * @param value the opaque reference
 */
public record ActorRef(String value) {
    /** @throws dk.welfarealliance.validation.ValidationException if the text breaks the short-text rules */
    public ActorRef {
        Violations.requireNonNull(value, "ActorRef", "value");
        Violations v = Violations.of("ActorRef");
        TextRules.check(v, "value", value, TextRules.NAME_MAX, false);
        v.throwIfAny();
    }

    /** @return the reference {@code value} */
    public static ActorRef of(String value) {
        return new ActorRef(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
