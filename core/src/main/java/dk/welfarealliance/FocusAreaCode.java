package dk.welfarealliance;

import dk.welfarealliance.internal.validation.Codes;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.internal.validation.Violations;

/**
 * A focus area (indsatsområde): a catalogue code such as {@code SUNDHED} or {@code SKOLE_OG_DAGTILBUD}, or a
 * municipality's own area as {@code custom:<slug>} (slug: 1–40 of {@code [a-z0-9-]}).
 *
 * <p>Checks form only ({@code focus-area.code.format}); catalogue codes are checked against the reference
 * catalogue when a command runs. Custom codes need no catalogue entry.
 *
 * @param value the code
 */
public record FocusAreaCode(String value) implements Comparable<FocusAreaCode> {
    private static final String CUSTOM_PREFIX = "custom:";

    /** @throws dk.welfarealliance.validation.ValidationException ({@code focus-area.code.format}) if the form is wrong */
    public FocusAreaCode {
        Violations.requireNonNull(value, "FocusAreaCode", "value");
        if (!Codes.UPPER_CODE.matcher(value).matches() && !Codes.CUSTOM_FOCUS_AREA.matcher(value).matches()) {
            throw Violations.single("FocusAreaCode", "value", Rule.FOCUS_AREA_CODE_FORMAT);
        }
    }

    /** @return the code {@code value} (catalogue or {@code custom:<slug>}) */
    public static FocusAreaCode of(String value) {
        return new FocusAreaCode(value);
    }

    /** @return {@code custom:<slug>} */
    public static FocusAreaCode custom(String slug) {
        Violations.requireNonNull(slug, "FocusAreaCode", "slug"); // else "custom:null" would pass
        return new FocusAreaCode(CUSTOM_PREFIX + slug);
    }

    /** @return whether this is a municipality's own area rather than a catalogue code */
    public boolean isCustom() {
        return value.startsWith(CUSTOM_PREFIX);
    }

    @Override
    public int compareTo(FocusAreaCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
