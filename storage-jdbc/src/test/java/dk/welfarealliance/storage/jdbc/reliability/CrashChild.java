package dk.welfarealliance.storage.jdbc.reliability;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.Club;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.Note;
import dk.welfarealliance.NoteKind;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.service.Command;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.service.Listeners;
import dk.welfarealliance.service.PutClub;
import dk.welfarealliance.service.PutContact;
import dk.welfarealliance.service.RecordNote;
import dk.welfarealliance.service.RetryPolicy;
import dk.welfarealliance.storage.jdbc.JdbcAllianceStore;
import dk.welfarealliance.storage.jdbc.JdbcStoreConfig;
import dk.welfarealliance.storage.jdbc.SchemaMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The process {@link CrashTest} kills: writes to the given alliances through the service until it is killed, and
 * after each acknowledged write prints {@code ACK <alliance> <text>} to stdout (flushed), so the parent knows
 * what must have survived. Arguments: {@code h2|postgresql <jdbc-url> <schema or -> <run> <alliance-id>...}.
 */
public final class CrashChild {
    private CrashChild() {}

    public static void main(String[] args) {
        String url = args[1];
        javax.sql.DataSource dataSource;
        if (args[0].equals("h2")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            dataSource = h2;
        } else {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url);
            dataSource = pg;
        }
        JdbcStoreConfig.Builder config = JdbcStoreConfig.builder().schemaMode(SchemaMode.VALIDATE);
        if (!args[2].equals("-")) {
            config.schema(args[2]);
        }
        int run = Integer.parseInt(args[3]);
        List<AllianceId> alliances = new ArrayList<>();
        for (int i = 4; i < args.length; i++) {
            alliances.add(AllianceId.of(UUID.fromString(args[i])));
        }
        AllianceService service = new AllianceService(new Lifecycle(ReferenceCatalogue.bundled(), Clock.systemUTC(),
                Lifecycle.DEFAULT_BUSINESS_ZONE, IdGenerator.random()), JdbcAllianceStore.create(dataSource, config.build()),
                RetryPolicy.defaults(), Listeners.none());
        for (int i = 0; ; i++) {
            AllianceId id = alliances.get(i % alliances.size());
            String text = "run" + run + "-" + i;
            Command command = switch (i % 3) {
                case 0 -> PutClub.of(Club.builder().name("Klub " + text).build());
                case 1 -> PutContact.of(ContactPerson.builder().name("Person " + text).build());
                default -> RecordNote.on(service.find(id).orElseThrow().getAgreements().get(0).getId(),
                        Note.of(NoteKind.MEETING, PartialDate.month(2026, 1 + i % 12), "Note " + text));
            };
            service.execute(id, command, ActorRef.of("child-" + text));
            System.out.println("ACK " + id + " " + text);
            System.out.flush();
        }
    }
}
