package dk.welfarealliance.report;

import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.Track;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.reference.Municipality;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.report.internal.AlliancesOnDay;
import dk.welfarealliance.report.internal.Coverage;
import dk.welfarealliance.report.internal.EliteDeliveryCalculator;
import dk.welfarealliance.report.internal.FocusAreaCounter;
import dk.welfarealliance.report.internal.GoalProgressCalculator;
import dk.welfarealliance.report.internal.Pipeline;
import dk.welfarealliance.report.internal.Portfolio;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.storage.AgreementFilter;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.DateRange;
import java.math.BigDecimal;
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

    // Elite delivery, focus areas and target groups, goal progress (issue 8)

    /**
     * Elite delivery of DBU on {@code day}, at risk below {@link EliteDelivery#DEFAULT_AT_RISK_SHARE}: see
     * {@link #eliteDelivery(FederationCode, LocalDate, BigDecimal)}.
     *
     * @throws dk.welfarealliance.validation.ValidationException if {@code day} is null
     */
    public EliteDelivery eliteDelivery(LocalDate day) {
        return eliteDelivery(defaultFederation(), day, EliteDelivery.DEFAULT_AT_RISK_SHARE);
    }

    /**
     * Elite delivery of DBU on {@code day}: see {@link #eliteDelivery(FederationCode, LocalDate, BigDecimal)}.
     *
     * @throws dk.welfarealliance.validation.ValidationException if an argument is null, or
     *     ({@code report.elite-delivery.at-risk-share.range}) if {@code atRiskShare} is not in (0, 1]
     */
    public EliteDelivery eliteDelivery(LocalDate day, BigDecimal atRiskShare) {
        return eliteDelivery(defaultFederation(), day, atRiskShare);
    }

    /**
     * Elite delivery of {@code federation} on {@code day}: for every agreement signed or terminated on the day, each
     * elite commitment against the events that count towards it by the day ({@link
     * dk.welfarealliance.Agreement#commitmentOf}: an event counts towards at most one), whether they meet it, and
     * its {@link CommitmentStatus}: a commitment not met with less than {@code atRiskShare} of its days still to
     * come is {@link CommitmentStatus#AT_RISK}; one not met after its term ended or its deadline passed is
     * {@link CommitmentStatus#MISSED}; one not met whose term is open-ended or has no recorded end, and which has no
     * deadline, has no share to measure and is never at risk ({@link CommitmentStatus#NO_END_TO_MEASURE_AGAINST}).
     * {@link CommitmentDelivery} says which days are a commitment's. Also the federation-wide count of events, an
     * event hosted together (the same shared reference) counted once ({@link EliteEventCount}).
     *
     * <p>Reads, on today or later, only the federation's alliances with an agreement of track ELITE in state SIGNED
     * or TERMINATED (one {@link dk.welfarealliance.storage.AgreementFilter}); on a past day the stored states are not
     * those of the day, so every alliance of the federation is read and each agreement is taken as it stood then
     * (see the class comment).
     *
     * @throws dk.welfarealliance.validation.ValidationException if an argument is null, ({@code
     *     catalogue.federation.unknown}) if the catalogue does not hold {@code federation}, or ({@code
     *     report.elite-delivery.at-risk-share.range}) if {@code atRiskShare} is not more than 0 and at most 1
     */
    public EliteDelivery eliteDelivery(FederationCode federation, LocalDate day, BigDecimal atRiskShare) {
        Violations.requireNonNull(federation, "Reports", "federation");
        Violations.requireNonNull(day, "Reports", "day");
        Violations.requireNonNull(atRiskShare, "Reports", "atRiskShare");
        if (atRiskShare.signum() <= 0 || atRiskShare.compareTo(BigDecimal.ONE) > 0) {
            throw Violations.single("Reports", "atRiskShare", Rule.REPORT_AT_RISK_SHARE_RANGE);
        }
        LocalDate today = today();
        List<Alliance> alliances = AlliancesOnDay.read(store, catalogue, federation, day, today,
                List.of(AgreementFilter.builder().track(Track.ELITE)
                        .addStates(AgreementState.SIGNED, AgreementState.TERMINATED).build()));
        return EliteDeliveryCalculator.compute(alliances, catalogue, federation, day, today, atRiskShare);
    }

    /**
     * Focus areas and target groups of DBU on {@code day}: see {@link #focusAreas(FederationCode, LocalDate)}.
     *
     * @throws dk.welfarealliance.validation.ValidationException if {@code day} is null
     */
    public FocusAreasAndTargetGroups focusAreas(LocalDate day) {
        return focusAreas(defaultFederation(), day);
    }

    /**
     * Focus areas and target groups of {@code federation}'s terms on {@code day}: for each focus area (catalogue
     * areas with their catalogue names, custom areas apart) and each target group, how many terms known to be in
     * force cover it and how many of their initiatives. Terms possibly in force (end not recorded) do not count as
     * in force: they are counted in columns of their own and listed apart ({@link FocusAreasAndTargetGroups}).
     *
     * <p>Reads, on today or later, only the federation's alliances with an agreement in force that day or possibly
     * in force that day (two queries, one per criterion); on a past day every alliance of the federation, each
     * agreement taken as it stood then (see the class comment).
     *
     * @throws dk.welfarealliance.validation.ValidationException if an argument is null, or ({@code
     *     catalogue.federation.unknown}) if the catalogue does not hold {@code federation}
     */
    public FocusAreasAndTargetGroups focusAreas(FederationCode federation, LocalDate day) {
        Violations.requireNonNull(federation, "Reports", "federation");
        Violations.requireNonNull(day, "Reports", "day");
        LocalDate today = today();
        List<Alliance> alliances = AlliancesOnDay.read(store, catalogue, federation, day, today, List.of(
                AgreementFilter.builder().inForceOn(day).build(),
                AgreementFilter.builder().possiblyInForceOn(day).build()));
        return FocusAreaCounter.compute(alliances, catalogue, federation, day, today);
    }

    /**
     * Goal progress of DBU on {@code day}: see {@link #goalProgress(FederationCode, LocalDate)}.
     *
     * @throws dk.welfarealliance.validation.ValidationException if {@code day} is null
     */
    public GoalProgress goalProgress(LocalDate day) {
        return goalProgress(defaultFederation(), day);
    }

    /**
     * Goal progress of {@code federation} on {@code day}: for every goal of every initiative of the agreements
     * signed or terminated on the day, its metric, unit, baseline and target (kind, value and the level it asks
     * for, {@link dk.welfarealliance.Goal#targetLevel()}), the latest measurement by the day and its date, and
     * whether the level is reached ({@link GoalLine} says how direction is judged: above the baseline reached at ≥
     * the level, below it at ≤, no baseline at ≥).
     *
     * <p>Reads, on today or later, only the federation's alliances with an agreement of track GRASSROOTS in state
     * SIGNED or TERMINATED; on a past day every alliance of the federation, each agreement taken as it stood then
     * (see the class comment).
     *
     * @throws dk.welfarealliance.validation.ValidationException if an argument is null, or ({@code
     *     catalogue.federation.unknown}) if the catalogue does not hold {@code federation}
     */
    public GoalProgress goalProgress(FederationCode federation, LocalDate day) {
        Violations.requireNonNull(federation, "Reports", "federation");
        Violations.requireNonNull(day, "Reports", "day");
        LocalDate today = today();
        List<Alliance> alliances = AlliancesOnDay.read(store, catalogue, federation, day, today,
                List.of(AgreementFilter.builder().track(Track.GRASSROOTS)
                        .addStates(AgreementState.SIGNED, AgreementState.TERMINATED).build()));
        return GoalProgressCalculator.compute(alliances, catalogue, federation, day, today);
    }
}
