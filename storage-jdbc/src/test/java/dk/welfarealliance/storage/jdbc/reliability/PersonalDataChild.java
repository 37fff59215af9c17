package dk.welfarealliance.storage.jdbc.reliability;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.ContactId;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryParty;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.service.ApproveAgreement;
import dk.welfarealliance.service.EraseContact;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.service.Listeners;
import dk.welfarealliance.service.OpenAgreement;
import dk.welfarealliance.service.PutClub;
import dk.welfarealliance.service.PutContact;
import dk.welfarealliance.service.RemoveContact;
import dk.welfarealliance.service.RetryPolicy;
import dk.welfarealliance.service.SignAgreement;
import dk.welfarealliance.storage.jdbc.JdbcAllianceStore;
import dk.welfarealliance.storage.jdbc.JdbcStoreConfig;
import dk.welfarealliance.storage.jdbc.SchemaMode;
import dk.welfarealliance.validation.ValidationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The process {@link PersonalDataTest} runs at DEBUG and reads every line of: stores two contacts, signs
 * with them, meets a concurrent writer (retried), has commands rejected, then erases both. Arguments:
 * {@code h2|postgresql <jdbc-url> <schema or ->}. Prints {@code ALLIANCE <id>} and, at the end, {@code DONE}.
 */
public final class PersonalDataChild {
    /** The contacts' personal data, distinctive enough that no id, code or message contains it by chance. */
    public static final List<String> PERSONAL_DATA = List.of("Annelise Quistgaard-Bjørnholm",
            "annelise.quistgaard@kommune-eksempel.dk", "+45 87 65 43 21", "Sundheds- og idrætskonsulent",
            "Svend-Åge Kragelund-Mørch", "svend.aage.kragelund@dbu-eksempel.dk", "+45 12 34 98 76", "Kragelund",
            "Quistgaard");

    private PersonalDataChild() {}

    public static void main(String[] args) {
        javax.sql.DataSource dataSource;
        if (args[0].equals("h2")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(args[1]);
            dataSource = h2;
        } else {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(args[1]);
            dataSource = pg;
        }
        JdbcStoreConfig.Builder config = JdbcStoreConfig.builder().schemaMode(SchemaMode.CREATE_IF_MISSING);
        if (!args[2].equals("-")) {
            config.schema(args[2]);
        }
        JdbcAllianceStore jdbc = JdbcAllianceStore.create(dataSource, config.build());
        InterferingStore store = new InterferingStore(jdbc);
        AllianceService service = new AllianceService(lifecycle(1), store, RetryPolicy.defaults(), Listeners.none());
        AllianceService other = new AllianceService(lifecycle(2), jdbc, RetryPolicy.noRetry(), Listeners.none());
        ActorRef actor = ActorRef.of("user:caseworker-7");
        Alliance created = service.create(FederationCode.DBU, MunicipalityCode.of("751"), actor);
        AllianceId id = created.getId();
        System.out.println("ALLIANCE " + id);
        ContactPerson anna = service.execute(id, PutContact.of(ContactPerson.builder().name(PERSONAL_DATA.get(0))
                .email(PERSONAL_DATA.get(1)).phone(PERSONAL_DATA.get(2)).jobTitle(PERSONAL_DATA.get(3)).build()), actor)
                .created(ContactPerson.class);
        ContactPerson svend = service.execute(id, PutContact.of(ContactPerson.builder().name(PERSONAL_DATA.get(4))
                .email(PERSONAL_DATA.get(5)).phone(PERSONAL_DATA.get(6)).jobTitle("Formand for DBU").build()), actor)
                .created(ContactPerson.class);
        AgreementId agreement = service.execute(id, OpenAgreement.titled("Velfærdsalliance Aarhus"), actor).agreement().getId();
        service.execute(id, ApproveAgreement.of(agreement), actor);
        // a concurrent change between the service's read and its write: retried
        store.beforeNextUpdate(() -> other.execute(id, PutClub.of(dk.welfarealliance.Club.builder().name("AGF").build()),
                ActorRef.of("user:other")));
        service.execute(id, SignAgreement.builder().agreement(agreement)
                .period(AgreementPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2028, 12, 31)))
                .signingDate(LocalDate.of(2024, 12, 2))
                .addSignatories(Signatory.builder().party(SignatoryParty.MUNICIPALITY).role("Borgmester")
                                .contact(anna.getId()).build(),
                        Signatory.builder().party(SignatoryParty.FEDERATION).role("Formand").contact(svend.getId()).build())
                .build(), actor);
        // rejected: the contact is a signatory's; an unknown contact cannot be erased
        reject(() -> service.execute(id, RemoveContact.of(anna.getId()), actor));
        reject(() -> service.execute(id, EraseContact.of(ContactId.of(UUID.randomUUID())), actor));
        reject(() -> ContactPerson.builder().from(anna).email(PERSONAL_DATA.get(1) + "\u0000").build());
        service.execute(id, EraseContact.of(anna.getId()), actor);
        service.execute(id, EraseContact.of(svend.getId()), actor);
        System.out.println("DONE");
    }

    private static Lifecycle lifecycle(long seed) {
        return new Lifecycle(ReferenceCatalogue.bundled(), Clock.systemUTC(), Lifecycle.DEFAULT_BUSINESS_ZONE,
                IdGenerator.seeded(seed));
    }

    private static void reject(Runnable call) {
        try {
            call.run();
            throw new IllegalStateException("expected a rejection");
        } catch (ValidationException e) {
            System.err.println("rejected as expected: " + e.getMessage());
        }
    }
}
