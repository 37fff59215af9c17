package dk.welfarealliance.service;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.Phase;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.internal.validation.TimeRules;
import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.service.internal.AllianceChange;
import dk.welfarealliance.service.internal.CommandContext;
import dk.welfarealliance.service.internal.CommandDispatch;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agreement lifecycle (docs/lifecycle.md) as pure functions: an alliance and a command in, a new alliance out.
 * Nothing is stored; the caller stores the result (see the storage SPI).
 *
 * <p>Given a reference catalogue (existence and coverage checks happen here, when a command runs), a
 * {@link Clock} (for {@code lastModified} and history timestamps, truncated to microseconds), a business
 * time zone (what "today" is, default {@code Europe/Copenhagen}) and an {@link IdGenerator} (for new
 * agreements and copied content). Thread-safe and free of state of its own.
 *
 * <p>A command that is rejected throws {@link dk.welfarealliance.validation.ValidationException} and, as
 * values are immutable, changes nothing. An accepted command appends one history entry per agreement it
 * changed (a superseding signature changes two) or one for an alliance-level change, each dated with the day the
 * step happened (the command's {@code on}, the signing date, the recorded event's or measurement's own day, or
 * else today in the business zone), and sets {@code lastModified}. Children the command brings without an id get
 * one from the {@link IdGenerator}. A command that changes nothing returns the alliance unchanged, history
 * included. {@link #execute} also says what the command created ({@link Outcome}).
 */
public final class Lifecycle {
    /** The business time zone unless another is given: Danish agreements run on Danish days. */
    public static final ZoneId DEFAULT_BUSINESS_ZONE = ZoneId.of("Europe/Copenhagen");

    private static final Logger log = LoggerFactory.getLogger(Lifecycle.class);

    private final ReferenceCatalogue catalogue;
    private final Clock clock;
    private final ZoneId businessZone;
    private final IdGenerator ids;

    /**
     * @throws dk.welfarealliance.validation.ValidationException if an argument is null
     */
    public Lifecycle(ReferenceCatalogue catalogue, Clock clock, ZoneId businessZone, IdGenerator ids) {
        this.catalogue = Violations.requireNonNull(catalogue, "Lifecycle", "catalogue");
        this.clock = Violations.requireNonNull(clock, "Lifecycle", "clock");
        this.businessZone = Violations.requireNonNull(businessZone, "Lifecycle", "businessZone");
        this.ids = Violations.requireNonNull(ids, "Lifecycle", "ids");
    }

    /** @return a lifecycle on the bundled catalogue, the system clock, Europe/Copenhagen and random ids */
    public static Lifecycle withDefaults() {
        return new Lifecycle(ReferenceCatalogue.bundled(), Clock.systemUTC(), DEFAULT_BUSINESS_ZONE, IdGenerator.random());
    }

    /** @return today in the business zone: at 23:30 UTC on 31 December it is already 1 January in Copenhagen */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), businessZone);
    }

    /**
     * @return the phase of {@code agreement} today by its own facts (see {@link Agreement#phaseOn(LocalDate)});
     *     {@link #phaseOf(Alliance, AgreementId)} also knows when a later term ended one whose end is not recorded
     */
    public Phase phaseOf(Agreement agreement) {
        Violations.requireNonNull(agreement, "Lifecycle", "agreement");
        return agreement.phaseOn(today());
    }

    /** @return the phase of agreement {@code id} of {@code alliance} today (see {@link Alliance#phaseOn}) */
    public Phase phaseOf(Alliance alliance, AgreementId id) {
        Violations.requireNonNull(alliance, "Lifecycle", "alliance");
        return alliance.phaseOn(id, today());
    }

    /**
     * Creates a new alliance of {@code federation} and {@code municipality}, not yet stored (version 0), with
     * no agreements and one history entry.
     *
     * @throws dk.welfarealliance.validation.ValidationException if an argument is null, or the federation or
     *     municipality is not in the catalogue ({@code catalogue.federation.unknown},
     *     {@code catalogue.municipality.unknown})
     */
    public Alliance createAlliance(FederationCode federation, MunicipalityCode municipality, ActorRef actor) {
        Violations.requireNonNull(federation, "CreateAlliance", "federation");
        Violations.requireNonNull(municipality, "CreateAlliance", "municipality");
        Violations.requireNonNull(actor, "CreateAlliance", "actor");
        Violations v = Violations.of("CreateAlliance");
        if (catalogue.federation(federation).isEmpty()) {
            v.add("federation", Rule.CATALOGUE_FEDERATION_UNKNOWN, "federation", federation);
        }
        if (catalogue.municipality(municipality).isEmpty()) {
            v.add("municipality", Rule.CATALOGUE_MUNICIPALITY_UNKNOWN, "municipality", municipality);
        }
        v.throwIfAny();
        Instant now = now();
        Alliance created = Alliance.builder()
                .id(ids.newAllianceId())
                .federation(federation)
                .municipality(municipality)
                .version(0)
                .lastModified(now)
                .addHistory(HistoryEntry.builder()
                        .seq(1)
                        .event(HistoryEvent.ALLIANCE_CREATED)
                        .on(PartialDate.day(LocalDate.ofInstant(now, businessZone)))
                        .at(now)
                        .actor(actor)
                        .build())
                .build();
        log.debug("created alliance {} ({}, {})", created.getId(), federation, municipality);
        return created;
    }

    /**
     * Applies {@code command} to {@code alliance} on behalf of {@code actor}.
     *
     * @return the alliance after the command, with the same version (storing it is the caller's business)
     * @throws dk.welfarealliance.validation.ValidationException if an argument is null, the lifecycle table
     *     rejects the command in the target agreement's state ({@code lifecycle.command.not-allowed}), a
     *     precondition or catalogue check fails, or the result would break an invariant of the alliance
     */
    public Alliance apply(Alliance alliance, Command command, ActorRef actor) {
        return execute(alliance, command, actor).getAlliance();
    }

    /**
     * Applies {@code command} to {@code alliance} on behalf of {@code actor}, as {@link #apply} does, and says
     * what it did: the agreement it created or acted on, and the child it created with its assigned id.
     *
     * @throws dk.welfarealliance.validation.ValidationException as {@link #apply} does
     */
    public Outcome execute(Alliance alliance, Command command, ActorRef actor) {
        Violations.requireNonNull(alliance, "Lifecycle", "alliance");
        Violations.requireNonNull(command, "Lifecycle", "command");
        Violations.requireNonNull(actor, "Lifecycle", "actor");
        Instant now = now();
        AllianceChange change = CommandDispatch.changeFor(alliance, command,
                new CommandContext(catalogue, ids, LocalDate.ofInstant(now, businessZone)));
        Alliance after = change.applyTo(now, actor);
        log.debug("alliance {}: {} appended {} history entries", alliance.getId(), command.kind(), change.entryCount());
        return change.outcome(after, command);
    }

    /** @return the catalogue commands are checked against */
    public ReferenceCatalogue catalogue() {
        return catalogue;
    }

    /** @return the clock */
    public Clock clock() {
        return clock;
    }

    /** @return the business time zone */
    public ZoneId businessZone() {
        return businessZone;
    }

    /** @return the id generator */
    public IdGenerator ids() {
        return ids;
    }

    private Instant now() {
        return TimeRules.toMicros(clock.instant());
    }
}
