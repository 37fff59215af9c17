package dk.welfarealliance.storage.tck.reference;

import static dk.welfarealliance.storage.tck.reference.ExampleDataSet.AARHUS_DBU;
import static dk.welfarealliance.storage.tck.reference.ExampleDataSet.AARHUS_DIF;
import static dk.welfarealliance.storage.tck.reference.ExampleDataSet.ALBERTSLUND;
import static dk.welfarealliance.storage.tck.reference.ExampleDataSet.BESKAEFTIGELSE;
import static dk.welfarealliance.storage.tck.reference.ExampleDataSet.DIF;
import static dk.welfarealliance.storage.tck.reference.ExampleDataSet.ESBJERG;
import static dk.welfarealliance.storage.tck.reference.ExampleDataSet.HERNING;
import static dk.welfarealliance.storage.tck.reference.ExampleDataSet.KOEBENHAVN;
import static dk.welfarealliance.storage.tck.reference.ExampleDataSet.ODENSE;
import static dk.welfarealliance.storage.tck.reference.ExampleDataSet.PADEL;
import static dk.welfarealliance.storage.tck.reference.ExampleDataSet.SKOLE;
import static dk.welfarealliance.storage.tck.reference.ExampleDataSet.SUNDHED;
import static dk.welfarealliance.storage.tck.reference.ExampleDataSet.VEJLE;

import dk.welfarealliance.AgreementState;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.Track;
import dk.welfarealliance.storage.AgreementFilter;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The expected result of every criterion of docs/storage-contract.md on the {@link ExampleDataSet}, alone and combined,
 * listed literally. Each method returns the rows of one criterion; the ids are in municipality order.
 *
 * @since 0.1.0
 */
public final class ExampleQueries {
    /** The whole data set in municipality order (Aarhus DIF before Aarhus DBU: 7fff… before 8000… unsigned). */
    public static final List<AllianceId> BY_MUNICIPALITY =
            List.of(KOEBENHAVN, ALBERTSLUND, ODENSE, ESBJERG, VEJLE, HERNING, AARHUS_DIF, AARHUS_DBU);
    /** The whole data set by latest signed end: 2020-12-31, 2022-12-31, 2024-12-31 twice, 2025-06-30, 2025-12-31, 2026-12-31, none. */
    public static final List<AllianceId> BY_LATEST_SIGNED_END =
            List.of(VEJLE, HERNING, AARHUS_DIF, AARHUS_DBU, ODENSE, ESBJERG, KOEBENHAVN, ALBERTSLUND);

    private ExampleQueries() {}

    /** @return no criteria, and an empty agreement filter ("has at least one agreement") */
    public static List<ExampleQuery> everything() {
        return List.of(
                row("no criteria", AllianceCriteria.all(), BY_MUNICIPALITY),
                row("an empty agreement filter: any agreement", agreement(AgreementFilter.builder()),
                        KOEBENHAVN, ODENSE, ESBJERG, VEJLE, HERNING, AARHUS_DIF, AARHUS_DBU));
    }

    /** @return the federation criterion */
    public static List<ExampleQuery> federations() {
        return List.of(
                row("federation DBU", AllianceCriteria.builder().federation(FederationCode.DBU).build(),
                        KOEBENHAVN, ALBERTSLUND, ODENSE, ESBJERG, VEJLE, HERNING, AARHUS_DBU),
                row("federation DIF", AllianceCriteria.builder().federation(DIF).build(), AARHUS_DIF),
                row("a federation without alliances", AllianceCriteria.builder().federation(FederationCode.of("NONE")).build()));
    }

    /** @return the municipality criterion, including the empty set (matches nothing) */
    public static List<ExampleQuery> municipalities() {
        return List.of(
                row("municipality 751", inMunicipalities("751"), AARHUS_DIF, AARHUS_DBU),
                row("municipalities 101 and 461", inMunicipalities("101", "461"), KOEBENHAVN, ODENSE),
                row("an empty set of municipalities", inMunicipalities()),
                row("a municipality without alliances", inMunicipalities("999")));
    }

    /** @return the state criterion */
    public static List<ExampleQuery> states() {
        return List.of(
                row("state SIGNED", agreement(states(AgreementState.SIGNED)),
                        KOEBENHAVN, ODENSE, ESBJERG, VEJLE, AARHUS_DIF, AARHUS_DBU),
                row("state TERMINATED", agreement(states(AgreementState.TERMINATED)), ODENSE, HERNING),
                row("state ABANDONED", agreement(states(AgreementState.ABANDONED)), ESBJERG),
                row("state IN_DIALOGUE or ON_HOLD", agreement(states(AgreementState.IN_DIALOGUE, AgreementState.ON_HOLD)),
                        VEJLE, AARHUS_DBU),
                row("state APPROVED", agreement(states(AgreementState.APPROVED)), HERNING));
    }

    /** @return in force on a day: starts, ends, termination dates, a term terminated before its start, days outside */
    public static List<ExampleQuery> inForceOn() {
        return List.of(
                row("in force on 2020-03-31, the day before Odense's start", inForceOn("2020-03-31"), VEJLE),
                row("in force on 2020-04-01, Odense's start", inForceOn("2020-04-01"), ODENSE, VEJLE),
                row("in force on 2020-12-31, Vejle's end", inForceOn("2020-12-31"), ODENSE, VEJLE),
                row("in force on 2021-01-01, the day after Vejle's end", inForceOn("2021-01-01"), ODENSE, AARHUS_DBU),
                row("in force on 2022-06-30, Odense's termination date", inForceOn("2022-06-30"), ODENSE, ESBJERG, AARHUS_DBU),
                row("in force on 2022-07-01, the day after Odense's termination date (its period runs on)",
                        inForceOn("2022-07-01"), ESBJERG, AARHUS_DBU),
                row("in force on 2022-12-31, Herning's termination date before its start", inForceOn("2022-12-31"),
                        ODENSE, ESBJERG, AARHUS_DBU),
                row("in force on 2023-01-01, the start of Herning's term that never came into force",
                        inForceOn("2023-01-01"), KOEBENHAVN, ODENSE, ESBJERG, AARHUS_DBU),
                row("in force on 2024-12-31, both Aarhus ends", inForceOn("2024-12-31"),
                        KOEBENHAVN, ODENSE, ESBJERG, AARHUS_DIF, AARHUS_DBU),
                row("in force on 2025-01-01, the day after both Aarhus ends", inForceOn("2025-01-01"),
                        KOEBENHAVN, ODENSE, ESBJERG));
    }

    /** @return ends between two days: both ends inclusive, signed agreements only (not terminated ones) */
    public static List<ExampleQuery> endsBetween() {
        return List.of(
                row("ends between 2024-12-31 and 2025-06-30, both ends on agreement ends", endsBetween("2024-12-31", "2025-06-30"),
                        ODENSE, AARHUS_DIF, AARHUS_DBU),
                row("ends between 2025-01-01 and 2025-06-29, one day inside each end", endsBetween("2025-01-01", "2025-06-29")),
                row("ends between 2023-12-31 and 2023-12-31, only a terminated period ends then",
                        endsBetween("2023-12-31", "2023-12-31")),
                row("ends between 2026-12-31 and 2026-12-31, a signed and a terminated period end then",
                        endsBetween("2026-12-31", "2026-12-31"), KOEBENHAVN),
                row("ends between 2020-12-31 and 2020-12-31", endsBetween("2020-12-31", "2020-12-31"), VEJLE),
                row("ends between 2025-06-30 and 2025-12-31", endsBetween("2025-06-30", "2025-12-31"), ODENSE, ESBJERG),
                row("ends between 2025-07-01 and 2025-12-30", endsBetween("2025-07-01", "2025-12-30")));
    }

    /** @return the focus-area criterion, catalogue and custom codes */
    public static List<ExampleQuery> focusAreas() {
        return List.of(
                row("focus area SUNDHED", agreement(focus(SUNDHED)), VEJLE, HERNING, AARHUS_DBU),
                row("focus area SKOLE_OG_DAGTILBUD", agreement(focus(SKOLE)), KOEBENHAVN),
                row("focus area BESKAEFTIGELSE", agreement(focus(BESKAEFTIGELSE)), ESBJERG),
                row("custom focus area", agreement(focus(PADEL)), AARHUS_DIF),
                row("a focus area no agreement has", agreement(focus(FocusAreaCode.of("UDDANNELSE")))));
    }

    /** @return the track criterion: focus areas or initiatives make grassroots, commitments or events make elite */
    public static List<ExampleQuery> tracks() {
        return List.of(
                row("track GRASSROOTS", agreement(track(Track.GRASSROOTS)),
                        KOEBENHAVN, ESBJERG, VEJLE, HERNING, AARHUS_DIF, AARHUS_DBU),
                row("track ELITE", agreement(track(Track.ELITE)), KOEBENHAVN, ODENSE, ESBJERG, VEJLE));
    }

    /** @return the title criterion (§4.3) */
    public static List<ExampleQuery> titles() {
        return List.of(
                row("title contains ærø", agreement(title("ærø")), ODENSE),
                row("title contains ÆRØ", agreement(title("ÆRØ")), ODENSE),
                row("title contains 100%", agreement(title("100%")), ESBJERG),
                row("title contains 100_", agreement(title("100_"))),
                row("title contains aarhus (not Århus)", agreement(title("aarhus")), AARHUS_DBU),
                row("title contains århus", agreement(title("århus")), AARHUS_DIF),
                row("title contains Århus decomposed (NFD)", agreement(title("A\u030Arhus")), AARHUS_DIF),
                row("title contains ALLIANCE", agreement(title("ALLIANCE")), KOEBENHAVN, ODENSE, AARHUS_DIF, AARHUS_DBU));
    }

    /** @return predicates that hold on different agreements of one alliance, which must not match it */
    public static List<ExampleQuery> sameAgreement() {
        return List.of(
                row("SIGNED with SUNDHED (Vejle and Herning have them on different agreements)",
                        agreement(states(AgreementState.SIGNED).focusArea(SUNDHED)), AARHUS_DBU),
                row("SIGNED with GRASSROOTS content", agreement(states(AgreementState.SIGNED).track(Track.GRASSROOTS)),
                        KOEBENHAVN, ESBJERG, AARHUS_DIF, AARHUS_DBU),
                row("in force on 2020-06-01 with GRASSROOTS content", agreement(inForce("2020-06-01").track(Track.GRASSROOTS))),
                row("in force on 2022-06-30 with ELITE content", agreement(inForce("2022-06-30").track(Track.ELITE)),
                        ODENSE, ESBJERG),
                row("in force on 2023-06-01 with SUNDHED", agreement(inForce("2023-06-01").focusArea(SUNDHED)), AARHUS_DBU),
                row("TERMINATED with SUNDHED", agreement(states(AgreementState.TERMINATED).focusArea(SUNDHED)), HERNING),
                row("ABANDONED with GRASSROOTS content", agreement(states(AgreementState.ABANDONED).track(Track.GRASSROOTS)),
                        ESBJERG),
                row("SIGNED with a title containing sundhed",
                        agreement(states(AgreementState.SIGNED).titleContains("sundhed")), ODENSE),
                row("ends between 2020-01-01 and 2021-12-31 with GRASSROOTS content",
                        agreement(ends("2020-01-01", "2021-12-31").track(Track.GRASSROOTS))),
                row("IN_DIALOGUE with ELITE content", agreement(states(AgreementState.IN_DIALOGUE).track(Track.ELITE))));
    }

    /** @return alliance-level and agreement-level criteria together */
    public static List<ExampleQuery> combined() {
        return List.of(
                row("federation DBU in municipality 751",
                        AllianceCriteria.builder().federation(FederationCode.DBU).municipalities(codes("751")).build(), AARHUS_DBU),
                row("federation DIF in municipality 101",
                        AllianceCriteria.builder().federation(DIF).municipalities(codes("101")).build()),
                row("federation DIF with a SIGNED agreement",
                        AllianceCriteria.builder().federation(DIF).agreement(states(AgreementState.SIGNED).build()).build(),
                        AARHUS_DIF),
                row("municipalities 461, 630, 657 with SUNDHED", AllianceCriteria.builder()
                        .municipalities(codes("461", "630", "657")).agreement(focus(SUNDHED).build()).build(), VEJLE, HERNING),
                row("municipalities 101, 751 ending 2024-12-31", AllianceCriteria.builder().municipalities(codes("101", "751"))
                        .agreement(ends("2024-12-31", "2024-12-31").build()).build(), AARHUS_DIF, AARHUS_DBU),
                row("federation DBU in force on 2024-12-31 with GRASSROOTS content", AllianceCriteria.builder()
                        .federation(FederationCode.DBU).agreement(inForce("2024-12-31").track(Track.GRASSROOTS).build()).build(),
                        KOEBENHAVN, ESBJERG, AARHUS_DBU),
                row("every criterion at once, title aarhus", everyCriterion("aarhus"), AARHUS_DBU),
                row("every criterion at once, title århus", everyCriterion("århus")));
    }

    /** @return every row of every criterion */
    public static List<ExampleQuery> all() {
        return Stream.of(everything(), federations(), municipalities(), states(), inForceOn(), endsBetween(), focusAreas(),
                tracks(), titles(), sameAgreement(), combined()).flatMap(List::stream).toList();
    }

    private static AllianceCriteria everyCriterion(String title) {
        return AllianceCriteria.builder().federation(FederationCode.DBU).municipalities(codes("101", "751"))
                .agreement(states(AgreementState.SIGNED).inForceOn(LocalDate.parse("2024-06-01"))
                        .endsBetween(DateRange.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31")))
                        .focusArea(SUNDHED).track(Track.GRASSROOTS).titleContains(title).build())
                .build();
    }

    private static ExampleQuery row(String description, AllianceCriteria criteria, AllianceId... expected) {
        return new ExampleQuery(description, criteria, List.of(expected));
    }

    private static ExampleQuery row(String description, AllianceCriteria criteria, List<AllianceId> expected) {
        return new ExampleQuery(description, criteria, expected);
    }

    private static AllianceCriteria agreement(AgreementFilter.Builder filter) {
        return AllianceCriteria.builder().agreement(filter.build()).build();
    }

    private static AllianceCriteria inMunicipalities(String... codes) {
        return AllianceCriteria.builder().municipalities(codes(codes)).build();
    }

    private static Set<MunicipalityCode> codes(String... codes) {
        return Stream.of(codes).map(MunicipalityCode::of).collect(Collectors.toSet());
    }

    private static AgreementFilter.Builder states(AgreementState... states) {
        return AgreementFilter.builder().addStates(states);
    }

    private static AgreementFilter.Builder inForce(String day) {
        return AgreementFilter.builder().inForceOn(LocalDate.parse(day));
    }

    private static AllianceCriteria inForceOn(String day) {
        return agreement(inForce(day));
    }

    private static AgreementFilter.Builder ends(String first, String last) {
        return AgreementFilter.builder().endsBetween(DateRange.of(LocalDate.parse(first), LocalDate.parse(last)));
    }

    private static AllianceCriteria endsBetween(String first, String last) {
        return agreement(ends(first, last));
    }

    private static AgreementFilter.Builder focus(FocusAreaCode code) {
        return AgreementFilter.builder().focusArea(code);
    }

    private static AgreementFilter.Builder track(Track track) {
        return AgreementFilter.builder().track(track);
    }

    private static AgreementFilter.Builder title(String text) {
        return AgreementFilter.builder().titleContains(text);
    }
}
