package dk.welfarealliance.storage.tck.generators;

import dk.welfarealliance.AgreementState;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.Track;
import dk.welfarealliance.storage.AgreementFilter;
import dk.welfarealliance.validation.ValidationException;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceSort;
import dk.welfarealliance.storage.DateRange;
import dk.welfarealliance.storage.PageRequest;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.quicktheories.core.Gen;

/**
 * Query criteria (docs/storage-contract.md) drawn from the same small pools as {@link AllianceGenerators#dataSets(int)},
 * so that they often match: federations (and one that never occurs), municipality sets (sometimes empty or
 * with an unused code), and agreement filters combining states, in-force and possibly-in-force days, end
 * ranges, focus areas, tracks and title fragments in other case or normalisation forms.
 *
 * @since 0.1.0
 */
public final class CriteriaGenerators {
    private static final FederationCode UNUSED_FEDERATION = FederationCode.of("NONE");
    private static final MunicipalityCode UNUSED_MUNICIPALITY = MunicipalityCode.of("999");

    private CriteriaGenerators() {}

    /** @return criteria of every shape, from none at all to every criterion at once */
    public static Gen<AllianceCriteria> criteria() {
        return Draw.gen(CriteriaGenerators::criteria);
    }

    /** @return agreement filters of every shape, including the empty filter ("has an agreement") */
    public static Gen<AgreementFilter> agreementFilters() {
        return Draw.gen(CriteriaGenerators::agreementFilter);
    }

    /** @return both sort orders */
    public static Gen<AllianceSort> sorts() {
        return Draw.gen(d -> d.pick(List.of(AllianceSort.values())));
    }

    /** @return page sizes from 1 to {@link PageRequest#MAX_SIZE}, mostly small so that results span pages */
    public static Gen<Integer> pageSizes() {
        return Draw.gen(d -> d.chance(10) ? PageRequest.MAX_SIZE : d.between(1, 7));
    }

    static AllianceCriteria criteria(Draw d) {
        AllianceCriteria.Builder b = AllianceCriteria.builder();
        if (d.chance(30)) {
            List<FederationCode> federations = new ArrayList<>(Pools.FEDERATIONS);
            federations.add(UNUSED_FEDERATION);
            b.federation(d.pick(federations));
        }
        if (d.chance(30)) {
            List<MunicipalityCode> codes = new ArrayList<>(Pools.MUNICIPALITIES);
            codes.add(UNUSED_MUNICIPALITY);
            b.municipalities(new HashSet<>(d.list(0, 5, () -> d.pick(codes))));
        }
        if (d.chance(70)) {
            b.agreement(agreementFilter(d));
        }
        return b.build();
    }

    static AgreementFilter agreementFilter(Draw d) {
        AgreementFilter.Builder b = AgreementFilter.builder();
        if (d.chance(40)) {
            b.states(d.list(1, 2, () -> d.pick(List.of(AgreementState.values()))));
        }
        if (d.chance(35)) {
            b.inForceOn(d.date(Pools.NARROW_FIRST, Pools.NARROW_LAST));
        }
        if (d.chance(30)) {
            b.possiblyInForceOn(d.date(Pools.NARROW_FIRST, Pools.NARROW_LAST));
        }
        if (d.chance(30)) {
            LocalDate first = d.date(Pools.NARROW_FIRST, Pools.NARROW_LAST);
            b.endsBetween(DateRange.of(first, first.plusDays(d.between(0, 1500))));
        }
        if (d.chance(25)) {
            b.focusArea(d.pick(Pools.FOCUS_AREAS));
        }
        if (d.chance(25)) {
            b.track(d.pick(List.of(Track.values())));
        }
        if (d.chance(30)) {
            b.titleContains(titleFragment(d));
        }
        return b.build();
    }

    /** A piece of a title word, by code points, sometimes upper-cased or decomposed (NFD). */
    private static String titleFragment(Draw d) {
        String word = d.pick(Pools.TITLE_WORDS);
        int[] codePoints = word.codePoints().toArray();
        int from = d.between(0, codePoints.length - 1);
        int to = d.between(from + 1, codePoints.length);
        String fragment = new String(codePoints, from, to - from);
        if (d.chance(30)) {
            fragment = fragment.toUpperCase(Locale.ROOT);
        }
        if (d.chance(20)) {
            fragment = Normalizer.normalize(fragment, Normalizer.Form.NFD);
        }
        return isSearchable(fragment) ? fragment : word;
    }

    /** @return whether core accepts {@code fragment} as search text: not blank, nor made of invisible characters only */
    private static boolean isSearchable(String fragment) {
        try {
            AgreementFilter.builder().titleContains(fragment).build();
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }
}
