package dk.welfarealliance.storage.tck.generators;

import dk.welfarealliance.FederationCode;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.MunicipalityCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where generated values come from. {@link #WIDE} covers everything valid (for round trips); {@link #NARROW}
 * draws from small pools of words, codes and years, so that random query criteria (drawn from the same
 * pools) often match random alliances.
 */
final class Pools {
    /** Words of titles in narrow data sets: case, Danish letters, NFD, LIKE metacharacters, a dotted capital I. */
    static final List<String> TITLE_WORDS = List.of("Velfærdsalliance", "Ærø", "ærø", "Aarhus", "Århus", "aa", "å",
            "100%", "100_", "fodbold", "FODBOLD", "Sundhed", "Caf" + TextGenerators.E_ACUTE_NFD, "Café", "İstanbul",
            "a\\b", TextGenerators.FAMILY_ZWJ);
    /** Municipality codes of narrow data sets. */
    static final List<MunicipalityCode> MUNICIPALITIES = List.of("101", "147", "165", "461", "479", "561", "607", "630",
            "657", "751", "760", "851").stream().map(MunicipalityCode::of).toList();
    /** Federations of narrow data sets. */
    static final List<FederationCode> FEDERATIONS = List.of(FederationCode.DBU, FederationCode.of("DIF"));
    /** Focus areas of narrow data sets. */
    static final List<FocusAreaCode> FOCUS_AREAS = List.of(FocusAreaCode.of("SUNDHED"), FocusAreaCode.of("SOCIAL_INDSATS"),
            FocusAreaCode.of("SKOLE_OG_DAGTILBUD"), FocusAreaCode.of("BESKAEFTIGELSE"), FocusAreaCode.custom("padel"));
    static final LocalDate NARROW_FIRST = LocalDate.of(2016, 1, 1);
    static final LocalDate NARROW_LAST = LocalDate.of(2032, 12, 31);

    static final Pools WIDE = new Pools(false);
    static final Pools NARROW = new Pools(true);

    private final boolean narrow;

    private Pools(boolean narrow) {
        this.narrow = narrow;
    }

    boolean isNarrow() {
        return narrow;
    }

    String title(Draw d) {
        if (!narrow) {
            return TextGenerators.name(d);
        }
        return String.join(" ", d.list(1, 3, () -> d.pick(TITLE_WORDS)));
    }

    String name(Draw d) {
        return narrow ? "Navn " + d.between(1, 99) : TextGenerators.name(d);
    }

    String longText(Draw d) {
        return narrow ? "Tekst " + d.between(1, 99) : TextGenerators.longText(d);
    }

    FocusAreaCode focusArea(Draw d) {
        return narrow ? d.pick(FOCUS_AREAS) : CodeGenerators.focusArea(d);
    }

    LocalDate firstDay() {
        return narrow ? NARROW_FIRST : TimeGenerators.MIN_DATE;
    }

    LocalDate lastDay() {
        return narrow ? NARROW_LAST : TimeGenerators.MAX_DATE;
    }

    LocalDate date(Draw d) {
        return d.date(firstDay(), lastDay());
    }

    Instant instant(Draw d) {
        return narrow ? TimeGenerators.instant(d, Instant.parse("2016-01-01T00:00:00Z"), Instant.parse("2032-12-31T00:00:00Z"))
                : TimeGenerators.instant(d, TimeGenerators.MIN_INSTANT, TimeGenerators.MAX_INSTANT);
    }

    /** @return the most days between two terms */
    int maxGapDays() {
        return narrow ? 500 : 4000;
    }

    /** @return the most days a term lasts, minus one */
    int maxTermDays() {
        return narrow ? 1800 : 20000;
    }
}
