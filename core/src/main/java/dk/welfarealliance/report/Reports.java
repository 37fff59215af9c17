package dk.welfarealliance.report;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.reference.Municipality;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.report.internal.Coverage;
import dk.welfarealliance.report.internal.Pipeline;
import dk.welfarealliance.report.internal.Portfolio;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.storage.AgreementFilter;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.DateRange;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;

/**
 * The portfolio reports, computed from a store. Each method answers one of the daily questions for one
 * federation (DBU unless another is given) on a day: today, or a past day "as it stood" then (see each
 * method). Reports read through the storage SPI, narrowed by its criteria where one exists, so they give the
 * same result on every backend. Thread-safe if the store is; holds no state of its own.
 *
 * <p>"As it stood on day D": an agreement's state on D is the one its dated steps give
 * ({@link dk.welfarealliance.Alliance#stateOn}); an agreement with no step by D did not exist yet; an agreement
 * whose history has no dates (written before steps were dated) stands as stored. Content (periods, focus areas,
 * initiatives, commitments) is as stored today, since the history records steps, not earlier versions of the
 * content; events, evaluations and measurements dated after D are left out.
 */
public final class Reports {
    /** The longest horizon {@link #renewalPipeline(FederationCode, LocalDate, Period)} looks ahead: 10 years. */
    public static final int MAX_HORIZON_YEARS = 10;

    private final AllianceStore store;
    private final ReferenceCatalogue catalogue;
    private final Clock clock;
    private final ZoneId businessZone;

    /**
     * @param catalogue the names, regions and coverage the reports use
     * @param clock and {@code businessZone}: what "today" is
     * @throws dk.welfarealliance.validation.ValidationException if an argument is null
     */
    public Reports(AllianceStore store, ReferenceCatalogue catalogue, Clock clock, ZoneId businessZone) {
        this.store = Violations.requireNonNull(store, "Reports", "store");
        this.catalogue = Violations.requireNonNull(catalogue, "Reports", "catalogue");
        this.clock = Violations.requireNonNull(clock, "Reports", "clock");
        this.businessZone = Violations.requireNonNull(businessZone, "Reports", "businessZone");
    }

    /** @return the reports over {@code service}'s store, with its lifecycle's catalogue, clock and business zone */
    public static Reports of(AllianceService service) {
        Violations.requireNonNull(service, "Reports", "service");
        Lifecycle lifecycle = service.lifecycle();
        return new Reports(service.store(), lifecycle.catalogue(), lifecycle.clock(), lifecycle.businessZone());
    }

    /** @return today in the business zone */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), businessZone);
    }

    /** @return the catalogue the reports take names from */
    public ReferenceCatalogue catalogue() {
        return catalogue;
    }

    AllianceStore store() {
        return store;
    }

    /** The coverage of DBU on {@code day}: {@link #coverage(FederationCode, LocalDate)} with {@link FederationCode#DBU}. */
    public CoverageReport coverage(LocalDate day) {
        return coverage(defaultFederation(), day);
    }

    /**
     * The coverage of {@code federation} on {@code day}: every municipality of the catalogue, in code order, with
     * its {@link CoverageStatus} and the agreement that decides it, names from the catalogue, and totals by status,
     * by local union (the one covering the municipality now) and by region. Alliances of municipalities the
     * catalogue does not hold are not reported.
     *
     * <p>Reads the federation's alliances ({@link AllianceCriteria#getFederation()}): the status needs every
     * agreement, so no agreement filter narrows it. On today or a later day agreements stand as stored; on a past
     * day as their dated steps give them (see the class comment).
     *
     * @throws dk.welfarealliance.validation.ValidationException ({@code value.null}) for a null argument, or
     *     ({@code catalogue.federation.unknown}) if the catalogue does not hold {@code federation}
     */
    public CoverageReport coverage(FederationCode federation, LocalDate day) {
        requireFederation(federation);
        Violations.requireNonNull(day, "Reports", "day");
        List<Alliance> alliances = Portfolio.read(store, AllianceCriteria.builder().federation(federation).build());
        return Coverage.report(catalogue, federation, alliances, day, today());
    }

    /** The coverage of one municipality by DBU: {@link #coverageOf(FederationCode, MunicipalityCode, LocalDate)}. */
    public MunicipalityCoverage coverageOf(MunicipalityCode municipality, LocalDate day) {
        return coverageOf(defaultFederation(), municipality, day);
    }

    /**
     * The coverage of {@code municipality} by {@code federation} on {@code day}: the line
     * {@link #coverage(FederationCode, LocalDate)} gives it. Reads only that alliance, by its natural key.
     *
     * @throws dk.welfarealliance.validation.ValidationException ({@code value.null}) for a null argument,
     *     ({@code catalogue.federation.unknown}) if the catalogue does not hold {@code federation}, or
     *     ({@code catalogue.municipality.unknown}) if it does not hold {@code municipality}
     */
    public MunicipalityCoverage coverageOf(FederationCode federation, MunicipalityCode municipality, LocalDate day) {
        requireFederation(federation);
        Violations.requireNonNull(municipality, "Reports", "municipality");
        Violations.requireNonNull(day, "Reports", "day");
        Municipality known = catalogue.municipality(municipality).orElseThrow(() -> Violations.single("Reports",
                "municipality", Rule.CATALOGUE_MUNICIPALITY_UNKNOWN, "municipality", municipality));
        return Coverage.of(catalogue, federation, known, store.findByNaturalKey(federation, municipality), day,
                today());
    }

    /** The renewal pipeline of DBU: {@link #renewalPipeline(FederationCode, LocalDate, Period)}. */
    public RenewalPipeline renewalPipeline(LocalDate day, Period horizon) {
        return renewalPipeline(defaultFederation(), day, horizon);
    }

    /**
     * The renewal pipeline of {@code federation} on {@code day}: every term signed on that day whose end date lies
     * from {@code day} to {@code day} plus {@code horizon}, both inclusive, with its successor (the agreement whose
     * {@code renews} names it), the successor's state on the day and the day of its last step by then, sorted by
     * municipality code. Terms that are open-ended or whose end is not recorded do not end and are not listed; a
     * term is at risk without a successor, with an abandoned one (which counts as none) or with one on hold.
     *
     * <p>On today or a later day it reads only the federation's alliances with a signed term ending within the
     * horizon ({@link AgreementFilter#getEndsBetween()}); successors live in the same alliance, so nothing is
     * missed. A past day cannot use the stored states (a term since terminated was signed then, a successor
     * since signed was in dialogue), so it reads all the federation's alliances and takes the states from the
     * dated steps.
     *
     * @throws dk.welfarealliance.validation.ValidationException ({@code value.null}) for a null argument,
     *     ({@code catalogue.federation.unknown}) if the catalogue does not hold {@code federation}, or
     *     ({@code report.horizon.range}) if {@code horizon} is zero, has a negative part, or reaches more than 10
     *     years beyond {@code day}
     */
    public RenewalPipeline renewalPipeline(FederationCode federation, LocalDate day, Period horizon) {
        requireFederation(federation);
        Violations.requireNonNull(day, "Reports", "day");
        Violations.requireNonNull(horizon, "Reports", "horizon");
        if (horizon.isZero() || horizon.isNegative() || horizon.toTotalMonths() > MAX_HORIZON_YEARS * 12L
                || horizon.getDays() > MAX_HORIZON_YEARS * 366 || day.plus(horizon).isAfter(day.plusYears(MAX_HORIZON_YEARS))) {
            throw Violations.single("Reports", "horizon", Rule.REPORT_HORIZON_RANGE);
        }
        LocalDate today = today();
        AllianceCriteria.Builder criteria = AllianceCriteria.builder().federation(federation);
        if (!day.isBefore(today)) {
            criteria.agreement(AgreementFilter.builder().endsBetween(DateRange.of(day, day.plus(horizon))).build());
        }
        return Pipeline.of(catalogue, federation, Portfolio.read(store, criteria.build()), day, horizon, today);
    }

    private void requireFederation(FederationCode federation) {
        Violations.requireNonNull(federation, "Reports", "federation");
        if (catalogue.federation(federation).isEmpty()) {
            throw Violations.single("Reports", "federation", Rule.CATALOGUE_FEDERATION_UNKNOWN, "federation",
                    federation);
        }
    }

    static FederationCode defaultFederation() {
        return FederationCode.DBU;
    }
}
