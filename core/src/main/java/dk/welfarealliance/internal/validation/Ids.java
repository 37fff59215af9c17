package dk.welfarealliance.internal.validation;

import java.util.UUID;
import java.util.regex.Pattern;

/** Checks shared by the typed ids. */
public final class Ids {
    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Ids() {}

    public static void requireValue(UUID value, String type) {
        Violations.requireNonNull(value, type, "value");
    }

    /** @return the UUID in {@code text}, which must be in canonical form (UUID.fromString accepts more) */
    public static UUID parse(String text, String type) {
        Violations.requireNonNull(text, type, "value");
        if (!CANONICAL.matcher(text).matches()) {
            throw Violations.single(type, "value", Rule.ID_FORMAT);
        }
        return UUID.fromString(text);
    }
}
