package dk.welfarealliance.storage.tck.reference;

import static dk.welfarealliance.storage.tck.reference.PartialTermsDataSet.HORSENS;
import static dk.welfarealliance.storage.tck.reference.PartialTermsDataSet.KOLDING;
import static dk.welfarealliance.storage.tck.reference.PartialTermsDataSet.SILKEBORG;
import static dk.welfarealliance.storage.tck.reference.PartialTermsDataSet.VIBORG;

import dk.welfarealliance.AgreementState;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.storage.AgreementFilter;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * The expected result of {@code possiblyInForceOn}, {@code inForceOn} and {@code endsBetween} on the
 * {@link PartialTermsDataSet}, listed literally; the ids are in municipality order.
 *
 * @since 0.1.0
 */
public final class PartialTermsQueries {
    private PartialTermsQueries() {}

    /**
     * @return possibly in force on a day: from the start (inclusive) to the day before the alliance's next term
     *     starts (inclusive); never an open-ended, terminated or draft term; a term terminated before it started
     *     ends nothing
     */
    public static List<ExampleQuery> possiblyInForceOn() {
        return List.of(
                row("possibly in force on 2015-12-31, the day before Silkeborg's start", possibly("2015-12-31")),
                row("possibly in force on 2016-01-01, Silkeborg's start (and Kolding's draft's planned start)",
                        possibly("2016-01-01"), SILKEBORG),
                row("possibly in force on 2017-01-01, the start of Viborg's terminated term", possibly("2017-01-01"), SILKEBORG),
                row("possibly in force on 2018-06-01, Horsens' start", possibly("2018-06-01"), HORSENS, SILKEBORG),
                row("possibly in force on 2019-12-31, the day before Silkeborg's next term starts", possibly("2019-12-31"),
                        HORSENS, SILKEBORG),
                row("possibly in force on 2020-01-01, the day Silkeborg's next term starts", possibly("2020-01-01"), HORSENS),
                row("possibly in force on 2021-01-01, the start of Horsens' term that never came into force",
                        possibly("2021-01-01"), HORSENS),
                row("possibly in force on 2024-01-01, the start of Silkeborg's open-ended term", possibly("2024-01-01"), HORSENS),
                row("possibly in force on 9999-12-31", possibly("9999-12-31"), HORSENS),
                row("possibly in force on 2019-06-30 and TERMINATED", AllianceCriteria.builder().agreement(AgreementFilter.builder()
                        .possiblyInForceOn(LocalDate.parse("2019-06-30")).addStates(AgreementState.TERMINATED).build()).build()),
                row("possibly and known in force on 2019-12-31: never one and the same agreement",
                        AllianceCriteria.builder().agreement(AgreementFilter.builder().possiblyInForceOn(LocalDate.parse("2019-12-31"))
                                .inForceOn(LocalDate.parse("2019-12-31")).build()).build()));
    }

    /**
     * @return known in force on a day: open-ended terms from their start for ever, terms whose end is not recorded
     *     never (unless terminated: then up to the termination date); and ends between two days, only for terms with
     *     an end date
     */
    public static List<ExampleQuery> inForceOnAndEndsBetween() {
        return List.of(
                row("in force on 2016-01-01, Silkeborg's start with its end not recorded", inForce("2016-01-01")),
                row("in force on 2017-01-01, Viborg's start", inForce("2017-01-01"), VIBORG),
                row("in force on 2019-02-28, the day before Kolding's open-ended start", inForce("2019-02-28"), VIBORG),
                row("in force on 2019-03-01, Kolding's open-ended start", inForce("2019-03-01"), KOLDING, VIBORG),
                row("in force on 2019-06-30, Viborg's termination date", inForce("2019-06-30"), KOLDING, VIBORG),
                row("in force on 2019-07-01, the day after Viborg's termination date", inForce("2019-07-01"), KOLDING),
                row("in force on 2023-12-31, the end of Silkeborg's second term", inForce("2023-12-31"), KOLDING, SILKEBORG),
                row("in force on 2024-01-01, Silkeborg's open-ended start", inForce("2024-01-01"), KOLDING, SILKEBORG),
                row("in force on 9999-12-31: the open-ended terms", inForce("9999-12-31"), KOLDING, SILKEBORG),
                row("ends between 1900-01-01 and 9999-12-31: only a signed term with an end date",
                        AllianceCriteria.builder().agreement(AgreementFilter.builder().endsBetween(DateRange.of(
                                LocalDate.parse("1900-01-01"), LocalDate.parse("9999-12-31"))).build()).build(), SILKEBORG));
    }

    /** @return every row */
    public static List<ExampleQuery> all() {
        return Stream.of(possiblyInForceOn(), inForceOnAndEndsBetween()).flatMap(List::stream).toList();
    }

    private static AllianceCriteria possibly(String day) {
        return AllianceCriteria.builder().agreement(AgreementFilter.builder().possiblyInForceOn(LocalDate.parse(day)).build())
                .build();
    }

    private static AllianceCriteria inForce(String day) {
        return AllianceCriteria.builder().agreement(AgreementFilter.builder().inForceOn(LocalDate.parse(day)).build()).build();
    }

    private static ExampleQuery row(String description, AllianceCriteria criteria, AllianceId... expected) {
        return new ExampleQuery(description, criteria, List.of(expected));
    }
}
