package dk.welfarealliance;

import static dk.welfarealliance.testing.Fixtures.agreementIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.testing.Fixtures;
import dk.welfarealliance.testing.PropertyRuns;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The phase of an agreement on a day (docs/lifecycle.md): derived from state, period, termination date and the day. */
class PhaseTest {
    private static final LocalDate START = LocalDate.of(2022, 1, 1);
    private static final LocalDate END = LocalDate.of(2025, 12, 31);
    private static final AgreementPeriod PERIOD = AgreementPeriod.of(START, END);
    private static final LocalDate TERMINATED_ON = LocalDate.of(2023, 6, 30);

    private final IdGenerator ids = IdGenerator.seeded(7);

    /**
     * The reference, written from docs/lifecycle.md without looking at the implementation: drafts are DRAFT, abandoned
     * agreements ABANDONED; a signed or terminated agreement is in force from its start to its last day in force
     * (the end, or the termination date), upcoming before, ended after; one terminated before it ever came into
     * force (last day = start − 1) is ended on every day.
     */
    private static Phase referencePhase(AgreementState state, LocalDate start, LocalDate end, LocalDate terminated,
            LocalDate day) {
        switch (state) {
            case IN_DIALOGUE:
            case APPROVED:
            case ON_HOLD:
                return Phase.DRAFT;
            case ABANDONED:
                return Phase.ABANDONED;
            default:
                LocalDate lastDay = state == AgreementState.TERMINATED ? terminated : end;
                boolean neverInForce = lastDay.compareTo(start) < 0;
                if (neverInForce) {
                    return Phase.ENDED;
                }
                if (day.compareTo(start) < 0) {
                    return Phase.UPCOMING;
                }
                return day.compareTo(lastDay) <= 0 ? Phase.IN_FORCE : Phase.ENDED;
        }
    }

    private record Case(AgreementState state, LocalDate start, LocalDate end, LocalDate terminated, LocalDate day) {}

    private static final LocalDate EPOCH = LocalDate.of(1950, 1, 1);

    private static Gen<Case> cases() {
        Gen<AgreementState> states = Generate.enumValues(AgreementState.class);
        Gen<LocalDate> starts = integers().between(0, 150 * 365).map(d -> EPOCH.plusDays(d));
        Gen<Integer> lengths = integers().between(0, 6 * 365);
        // where the termination date falls: 0 the day before the start, 1 the start, 2 the end, else anywhere
        Gen<Integer> terminations = integers().between(0, 9);
        Gen<Integer> fractions = integers().between(0, 1000);
        // days right at the boundaries as often as days anywhere around them
        Gen<Integer> dayOffsets = Generate.frequency(List.of(
                Pair.of(1, integers().between(-2, 2)), Pair.of(1, integers().between(-800, 800))));
        Gen<LocalDate[]> periods = starts.zip(lengths, terminations, fractions, (start, length, t, fraction) -> {
            LocalDate end = start.plusDays(length);
            LocalDate terminated = switch (t) {
                case 0 -> start.minusDays(1);
                case 1 -> start;
                case 2 -> end;
                default -> start.minusDays(1).plusDays(Math.round((length + 1) * (fraction / 1000.0)));
            };
            return new LocalDate[] {start, end, terminated};
        });
        return states.zip(periods, integers().between(0, 2), dayOffsets, (state, p, anchor, offset) -> new Case(state,
                p[0], p[1], p[2], p[anchor].plusDays(offset)));
    }

    @Test
    void the_phase_on_any_day_agrees_with_the_reference_for_random_periods_states_and_days() {
        PropertyRuns.qt(500).forAll(cases()).checkAssert(c -> {
            Agreement a = agreementIn(ids, c.state(), AgreementPeriod.of(c.start(), c.end()), c.terminated());
            Phase expected = referencePhase(c.state(), c.start(), c.end(), c.terminated(), c.day());
            assertThat(a.phaseOn(c.day())).as(c.toString()).isEqualTo(expected);
            assertThat(a.isInForceOn(c.day())).as(c.toString()).isEqualTo(expected == Phase.IN_FORCE);
        });
    }

    @Test
    void a_signed_agreement_is_upcoming_the_day_before_its_start() {
        assertThat(signed().phaseOn(START.minusDays(1))).isEqualTo(Phase.UPCOMING);
    }

    @Test
    void a_signed_agreement_is_in_force_on_its_first_day() {
        assertThat(signed().phaseOn(START)).isEqualTo(Phase.IN_FORCE);
    }

    @Test
    void a_signed_agreement_is_in_force_on_its_last_day() {
        assertThat(signed().phaseOn(END)).isEqualTo(Phase.IN_FORCE);
    }

    @Test
    void a_signed_agreement_has_ended_the_day_after_its_end() {
        assertThat(signed().phaseOn(END.plusDays(1))).isEqualTo(Phase.ENDED);
    }

    @Test
    void a_terminated_agreement_is_in_force_on_its_termination_date() {
        Agreement a = agreementIn(ids, AgreementState.TERMINATED, PERIOD, TERMINATED_ON);
        assertThat(a.phaseOn(TERMINATED_ON)).isEqualTo(Phase.IN_FORCE);
    }

    @Test
    void a_terminated_agreement_has_ended_the_day_after_its_termination_date_although_its_period_runs_on() {
        Agreement a = agreementIn(ids, AgreementState.TERMINATED, PERIOD, TERMINATED_ON);
        assertThat(a.phaseOn(TERMINATED_ON.plusDays(1))).isEqualTo(Phase.ENDED);
        assertThat(a.phaseOn(END)).isEqualTo(Phase.ENDED);
    }

    @Test
    void a_terminated_agreement_is_upcoming_before_its_start() {
        Agreement a = agreementIn(ids, AgreementState.TERMINATED, PERIOD, TERMINATED_ON);
        assertThat(a.phaseOn(START.minusDays(1))).isEqualTo(Phase.UPCOMING);
    }

    /** A deliberate choice: a term terminated the day before its start never came into force, so it is not upcoming. */
    @Test
    void an_agreement_terminated_the_day_before_its_start_is_ended_on_every_day() {
        Agreement a = agreementIn(ids, AgreementState.TERMINATED, PERIOD, START.minusDays(1));
        assertThat(a.phaseOn(LocalDate.of(1990, 1, 1))).isEqualTo(Phase.ENDED);
        assertThat(a.phaseOn(START.minusDays(1))).isEqualTo(Phase.ENDED);
        assertThat(a.phaseOn(START)).isEqualTo(Phase.ENDED);
        assertThat(a.phaseOn(END)).isEqualTo(Phase.ENDED);
        assertThat(a.phaseOn(END.plusDays(1))).isEqualTo(Phase.ENDED);
        assertThat(a.isInForceOn(START)).isFalse();
        assertThat(a.effectivePeriod()).isEmpty();
    }

    @Test
    void a_draft_is_a_draft_whatever_its_planned_period_says() {
        for (AgreementState draft : new AgreementState[] {AgreementState.IN_DIALOGUE, AgreementState.APPROVED,
                AgreementState.ON_HOLD}) {
            Agreement a = agreementIn(ids, draft, PERIOD, END);
            assertThat(a.phaseOn(START)).as(draft.toString()).isEqualTo(Phase.DRAFT);
            assertThat(a.phaseOn(END.plusDays(1))).as(draft.toString()).isEqualTo(Phase.DRAFT);
        }
    }

    @Test
    void an_abandoned_agreement_is_abandoned_on_every_day() {
        Agreement a = agreementIn(ids, AgreementState.ABANDONED, PERIOD, END);
        assertThat(a.phaseOn(START.minusDays(1))).isEqualTo(Phase.ABANDONED);
        assertThat(a.phaseOn(START)).isEqualTo(Phase.ABANDONED);
        assertThat(a.phaseOn(END.plusDays(1))).isEqualTo(Phase.ABANDONED);
    }

    @Test
    void today_at_half_past_eleven_pm_utc_on_new_years_eve_is_already_the_first_of_january_in_copenhagen() {
        Lifecycle lifecycle = lifecycleAt(Instant.parse("2024-12-31T23:30:00Z"), Lifecycle.DEFAULT_BUSINESS_ZONE);

        assertThat(lifecycle.today()).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void an_agreement_starting_on_the_first_of_january_is_in_force_at_half_past_eleven_pm_utc_on_new_years_eve() {
        Lifecycle lifecycle = lifecycleAt(Instant.parse("2024-12-31T23:30:00Z"), Lifecycle.DEFAULT_BUSINESS_ZONE);
        Agreement a = signedFrom(ids, LocalDate.of(2025, 1, 1));

        assertThat(lifecycle.phaseOf(a)).isEqualTo(Phase.IN_FORCE);
    }

    @Test
    void with_utc_as_business_zone_the_same_instant_is_still_new_years_eve_and_the_agreement_upcoming() {
        Lifecycle lifecycle = lifecycleAt(Instant.parse("2024-12-31T23:30:00Z"), ZoneOffset.UTC);
        Agreement a = signedFrom(ids, LocalDate.of(2025, 1, 1));

        assertThat(lifecycle.today()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(lifecycle.phaseOf(a)).isEqualTo(Phase.UPCOMING);
    }

    private Agreement signed() {
        return agreementIn(ids, AgreementState.SIGNED, PERIOD, END);
    }

    private static Lifecycle lifecycleAt(Instant instant, ZoneId businessZone) {
        return new Lifecycle(ReferenceCatalogue.bundled(), Clock.fixed(instant, ZoneOffset.UTC), businessZone,
                IdGenerator.seeded(1));
    }

    private static Agreement signedFrom(IdGenerator ids, LocalDate start) {
        return Fixtures.signedAgreement(ids, AgreementPeriod.throughYear(start, start.getYear() + 3));
    }
}
