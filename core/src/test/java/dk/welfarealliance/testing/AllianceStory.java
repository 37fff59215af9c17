package dk.welfarealliance.testing;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.service.AbandonAgreement;
import dk.welfarealliance.service.ApproveAgreement;
import dk.welfarealliance.service.Command;
import dk.welfarealliance.service.HoldAgreement;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.service.Outcome;
import dk.welfarealliance.service.OpenAgreement;
import dk.welfarealliance.service.RenewAgreement;
import dk.welfarealliance.service.ResumeAgreement;
import dk.welfarealliance.service.SignAgreement;
import dk.welfarealliance.service.TerminateAgreement;
import java.time.LocalDate;
import java.util.List;

/**
 * Drives one alliance through the lifecycle, step by step, for one test: each test makes its own story, so
 * nothing is shared between tests. Every step goes through {@link Lifecycle#apply}, so the alliance and its
 * history are exactly what the library makes of them.
 */
public final class AllianceStory {
    private final Lifecycle lifecycle;
    private Alliance alliance;

    private AllianceStory(Lifecycle lifecycle, Alliance alliance) {
        this.lifecycle = lifecycle;
        this.alliance = alliance;
    }

    /** @return a new alliance of DBU and Aarhus, on a lifecycle with the fixed clock and ids seeded with 1 */
    public static AllianceStory inAarhus() {
        return in(Fixtures.AARHUS);
    }

    /** @return a new alliance of DBU and {@code municipality} */
    public static AllianceStory in(MunicipalityCode municipality) {
        return on(Fixtures.lifecycle(1), municipality);
    }

    /** @return a new alliance of DBU and {@code municipality} on {@code lifecycle} */
    public static AllianceStory on(Lifecycle lifecycle, MunicipalityCode municipality) {
        return new AllianceStory(lifecycle, lifecycle.createAlliance(FederationCode.DBU, municipality, Fixtures.ACTOR));
    }

    public Lifecycle lifecycle() {
        return lifecycle;
    }

    /** @return the id generator of the lifecycle, for content of commands (ids never repeat) */
    public IdGenerator ids() {
        return lifecycle.ids();
    }

    /** @return the alliance as it is now */
    public Alliance alliance() {
        return alliance;
    }

    /** @return the agreement {@code id} as it is now */
    public Agreement agreement(AgreementId id) {
        return alliance.agreement(id).orElseThrow(() -> new AssertionError("no agreement " + id));
    }

    /** Applies {@code command}; the story continues from the result. */
    public Alliance apply(Command command) {
        alliance = lifecycle.apply(alliance, command, Fixtures.ACTOR);
        return alliance;
    }

    /** Applies {@code command} through {@link Lifecycle#execute}; the story continues from the result. */
    public Outcome execute(Command command) {
        Outcome outcome = lifecycle.execute(alliance, command, Fixtures.ACTOR);
        alliance = outcome.getAlliance();
        return outcome;
    }

    /** @return the newest history entry */
    public HistoryEntry lastEntry() {
        List<HistoryEntry> history = alliance.getHistory();
        return history.get(history.size() - 1);
    }

    /** @return the id of the agreement opened with {@code title} */
    public AgreementId open(String title) {
        return added(() -> apply(OpenAgreement.titled(title)));
    }

    /** @return the id of the renewal of {@code previous} */
    public AgreementId renew(AgreementId previous, String title) {
        return added(() -> apply(RenewAgreement.builder().previous(previous).title(title).build()));
    }

    public AllianceStory approve(AgreementId id) {
        apply(ApproveAgreement.of(id));
        return this;
    }

    public AllianceStory hold(AgreementId id) {
        apply(HoldAgreement.of(id));
        return this;
    }

    public AllianceStory resume(AgreementId id) {
        apply(ResumeAgreement.of(id));
        return this;
    }

    public AllianceStory abandon(AgreementId id, String reason) {
        apply(AbandonAgreement.of(id, reason));
        return this;
    }

    /** Signs {@code id} for {@code period} on its first day, by the mayor and the DBU chair. */
    public AllianceStory sign(AgreementId id, AgreementPeriod period) {
        apply(signing(id, period).build());
        return this;
    }

    /** @return a sign command for {@code id} over {@code period}, signed on its first day by the mayor and the DBU chair */
    public SignAgreement.Builder signing(AgreementId id, AgreementPeriod period) {
        return SignAgreement.builder().agreement(id).period(period).signingDate(period.getStart())
                .signatories(List.<Signatory>of(Fixtures.mayor(ids()), Fixtures.dbuChair(ids())));
    }

    public AllianceStory terminate(AgreementId id, LocalDate lastDayInForce, String reason) {
        apply(TerminateAgreement.of(id, lastDayInForce, reason));
        return this;
    }

    /** @return the id of an agreement opened and signed for {@code period} */
    public AgreementId signedTerm(String title, AgreementPeriod period) {
        AgreementId id = open(title);
        approve(id).sign(id, period);
        return id;
    }

    private AgreementId added(Runnable step) {
        int before = alliance.getAgreements().size();
        step.run();
        List<Agreement> agreements = alliance.getAgreements();
        if (agreements.size() != before + 1) {
            throw new AssertionError("expected one new agreement, found " + (agreements.size() - before));
        }
        return agreements.get(agreements.size() - 1).getId();
    }
}
