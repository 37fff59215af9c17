package dk.welfarealliance.internal.validation;

import java.util.regex.Pattern;

/** Form checks of the code values (docs/model.md): form only, never a catalogue lookup. */
public final class Codes {
    public static final Pattern MUNICIPALITY = Pattern.compile("[0-9]{3}");
    public static final Pattern REGION = Pattern.compile("[0-9]{4}");
    public static final Pattern UPPER_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    public static final Pattern CUSTOM_FOCUS_AREA = Pattern.compile("custom:[a-z0-9-]{1,40}");
    public static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,40}");

    private Codes() {}

    /** @return {@code value} if it is non-null and matches {@code form}; else throws the typed error */
    public static String require(String value, Pattern form, String type, Rule rule) {
        Violations.requireNonNull(value, type, "value");
        if (!form.matcher(value).matches()) {
            throw Violations.single(type, "value", rule);
        }
        return value;
    }
}
