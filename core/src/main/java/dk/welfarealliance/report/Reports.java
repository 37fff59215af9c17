package dk.welfarealliance.report;

import dk.welfarealliance.FederationCode;
import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.storage.AllianceStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

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

    static FederationCode defaultFederation() {
        return FederationCode.DBU;
    }
}
