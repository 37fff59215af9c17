package dk.welfarealliance.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.Club;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.Evaluation;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.Goal;
import dk.welfarealliance.GoalUnit;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.Note;
import dk.welfarealliance.NoteKind;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.Partner;
import dk.welfarealliance.PartnerKind;
import dk.welfarealliance.AgeGroup;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryParty;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.service.SignAgreement;
import dk.welfarealliance.service.TerminateAgreement;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.service.Listeners;
import dk.welfarealliance.service.OpenAgreement;
import dk.welfarealliance.service.PutClub;
import dk.welfarealliance.service.PutContact;
import dk.welfarealliance.service.PutInitiative;
import dk.welfarealliance.service.PutPartner;
import dk.welfarealliance.service.RecordEliteEvent;
import dk.welfarealliance.service.RecordEvaluation;
import dk.welfarealliance.service.RecordNote;
import dk.welfarealliance.service.RetryPolicy;
import dk.welfarealliance.storage.AgreementFilter;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.PageRequest;
import dk.welfarealliance.storage.SearchKey;
import dk.welfarealliance.storage.jdbc.testing.TestDatabase;
import dk.welfarealliance.validation.ValidationException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input through every public entry of the JDBC store, on H2 and PostgreSQL: SQL metacharacters and
 * injection strings in every text field a command can set (so in every text column the store writes, history
 * included) and in the title search; invalid Unicode, control characters, invisible-only and oversized text;
 * table prefixes and schema names that could inject SQL. Valid text is stored inert (every table still there,
 * no other row touched) and returned exactly; invalid text is refused with {@link ValidationException} before
 * it reaches a store; a configuration that could inject SQL is refused when built.
 */
class HostileInputTest {
    /** Valid text that a store building SQL from strings would execute, or mangle. */
    static final List<String> INJECTIONS = List.of(
            "Robert'); DROP TABLE wa_alliance; --",
            "' OR '1'='1",
            "\"; DELETE FROM wa_club; --",
            "x' UNION SELECT name FROM wa_contact --",
            "$$; DROP SCHEMA public CASCADE; $$",
            "\\'; TRUNCATE wa_history; --",
            "100% _off_ \\%\\_ [a-z]* ^$ .*",
            "/* comment */ -- line comment",
            "NULL",
            "E'\\x00' || chr(0)",
            "${prefix}alliance; :name ?1 @p",
            "𝄞 😀 \u200Fשלום\u200E Z\u0324\u0354algo");

    /** Text no store may receive: each must be refused with the typed error before anything is written. */
    static final List<String> INVALID = List.of("\uD83D", "\uDE00 alone", "nul\u0000byte", "esc\u001B[2J",
            "\u200B\u00A0\u2060", "   ", "", "x".repeat(10_001));

    private static final ActorRef ACTOR = ActorRef.of("hostile-input");

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void injection_strings_in_every_text_field_are_stored_inert_and_returned_exactly(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            JdbcAllianceStore store = JdbcAllianceStore.create(db.dataSource(), db.config().build());
            AllianceService service = new AllianceService(new Lifecycle(ReferenceCatalogue.bundled(), Clock.systemUTC(),
                    Lifecycle.DEFAULT_BUSINESS_ZONE, IdGenerator.seeded(41)), store, RetryPolicy.noRetry(), Listeners.none());
            List<String> tables = tables(db);
            List<Alliance> written = new ArrayList<>();
            String[] municipalities = {"101", "147", "151", "153", "155", "157", "159", "161", "163", "165", "167", "169"};
            for (int i = 0; i < INJECTIONS.size(); i++) {
                written.add(everyTextSetTo(service, MunicipalityCode.of(municipalities[i]), INJECTIONS.get(i)));
            }

            assertThat(tables(db)).as("every table is still there").isEqualTo(tables);
            assertThat(store.count(AllianceCriteria.all())).isEqualTo(INJECTIONS.size());
            for (Alliance a : written) {
                assertThat(store.findById(a.getId())).as("returned exactly").contains(a);
            }
            for (int i = 0; i < INJECTIONS.size(); i++) {
                String h = INJECTIONS.get(i);
                List<AllianceId> found = store.query(AllianceCriteria.builder().agreement(AgreementFilter.builder()
                        .titleContains(h).build()).build(), PageRequest.first(50)).getItems().stream()
                        .map(Alliance::getId).toList();
                List<AllianceId> expected = written.stream()
                        .filter(a -> a.getAgreements().stream().anyMatch(g -> SearchKey.contains(SearchKey.of(g.getTitle()),
                                SearchKey.of(h))))
                        .map(Alliance::getId).toList();
                assertThat(found).as("title search for %s", h).containsExactlyInAnyOrderElementsOf(expected)
                        .contains(written.get(i).getId());
            }
            for (String pattern : List.of("%", "_", "\\", "'", "' OR '1'='1' --", "%' OR 1=1 --")) {
                long matching = written.stream().filter(a -> SearchKey.contains(
                        SearchKey.of(a.getAgreements().get(0).getTitle()), SearchKey.of(pattern))).count();
                assertThat(store.count(AllianceCriteria.builder().agreement(AgreementFilter.builder()
                        .titleContains(pattern).build()).build())).as("alliances whose title contains %s", pattern)
                        .isEqualTo(matching);
            }
            System.out.println("HostileInputTest " + db + ": " + INJECTIONS.size() + " injection strings x 17 text fields"
                    + " stored inert and returned exactly; " + (INJECTIONS.size() + 6) + " title searches exact");
        }
    }

    /** An alliance whose every text a command can set is {@code text}: agreement, children, contact, history. */
    private static Alliance everyTextSetTo(AllianceService service, MunicipalityCode municipality, String text) {
        ActorRef actor = ActorRef.of(text);
        AllianceId id = service.create(FederationCode.DBU, municipality, actor).getId();
        service.execute(id, PutClub.of(Club.builder().name(text).build()), actor);
        service.execute(id, PutPartner.of(Partner.builder().name(text).kind(PartnerKind.values()[0]).build()), actor);
        service.execute(id, PutContact.of(ContactPerson.builder().name(text).jobTitle(text).email(text).phone(text)
                .build()), actor);
        Agreement agreement = service.execute(id, OpenAgreement.titled(text), actor).agreement();
        service.execute(id, PutInitiative.of(agreement.getId(), Initiative.builder().name(text).concept(text)
                .description(text).addGoals(Goal.builder().metric(text).baseline(BigDecimal.ONE).target(BigDecimal.TEN)
                        .unit(GoalUnit.COUNT).build()).build()), actor);
        service.execute(id, RecordNote.on(agreement.getId(), Note.of(NoteKind.MEETING, PartialDate.month(2026, 3), text)),
                actor);
        service.execute(id, SignAgreement.builder().agreement(agreement.getId())
                .period(AgreementPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31)))
                .signingDate(LocalDate.of(2025, 12, 1))
                .addSignatories(Signatory.of(SignatoryParty.MUNICIPALITY, text), Signatory.of(SignatoryParty.FEDERATION, text))
                .build(), actor);
        service.execute(id, RecordEvaluation.of(agreement.getId(), Evaluation.builder().date(LocalDate.of(2026, 3, 1))
                .summary(text).build()), actor);
        service.execute(id, RecordEliteEvent.of(agreement.getId(), EliteEvent.builder()
                .kind(EliteEventKind.YOUTH_INTERNATIONAL).ageGroup(AgeGroup.U19).date(LocalDate.of(2026, 3, 1))
                .title(text).build()), actor);
        return service.execute(id, TerminateAgreement.of(agreement.getId(), LocalDate.of(2027, 6, 30), text), actor)
                .getAlliance();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void invalid_text_is_refused_with_the_typed_error_before_it_reaches_the_store(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            JdbcAllianceStore store = JdbcAllianceStore.create(db.dataSource(), db.config().build());
            AllianceService service = new AllianceService(new Lifecycle(ReferenceCatalogue.bundled(), Clock.systemUTC(),
                    Lifecycle.DEFAULT_BUSINESS_ZONE, IdGenerator.seeded(42)), store, RetryPolicy.noRetry(), Listeners.none());
            AllianceId id = service.create(FederationCode.DBU, MunicipalityCode.of("751"), ACTOR).getId();
            Alliance before = store.findById(id).orElseThrow();
            int tried = 0;
            for (String bad : INVALID) {
                List<Supplier<Object>> entries = List.of(
                        () -> service.execute(id, PutClub.of(Club.builder().name(bad).build()), ACTOR),
                        () -> service.execute(id, OpenAgreement.titled(bad), ACTOR),
                        () -> service.execute(id, PutContact.of(ContactPerson.builder().name("Mette").email(bad).build()),
                                ACTOR),
                        () -> service.execute(id, PutClub.of(Club.builder().name("Klub").build()), ActorRef.of(bad)),
                        () -> store.count(AllianceCriteria.builder().agreement(AgreementFilter.builder().titleContains(bad)
                                .build()).build()));
                for (Supplier<Object> entry : entries) {
                    assertThatThrownBy(entry::get).as("%s", printable(bad)).isInstanceOf(ValidationException.class);
                    tried++;
                }
            }
            assertThat(store.findById(id)).as("nothing was written").contains(before);
            System.out.println("HostileInputTest " + db + ": " + tried + " invalid inputs refused with ValidationException");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"public; DROP TABLE wa_alliance", "wa\"; --", "x' OR '1'='1", "Public", "a b", "wa.alliance",
            "wa--", "wa/**/", "æøå", "wa\u0000", "wa\n", ""})
    void a_schema_name_or_table_prefix_that_could_inject_sql_is_refused_when_built(String hostile) {
        assertThatThrownBy(() -> JdbcStoreConfig.builder().schema(hostile)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JdbcStoreConfig.builder().tablePrefix(hostile)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_over_long_schema_name_or_prefix_is_refused_when_built() {
        assertThatThrownBy(() -> JdbcStoreConfig.builder().schema("s".repeat(64))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JdbcStoreConfig.builder().tablePrefix("p".repeat(17)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(20).forEach(c -> b.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return b + (s.length() > 20 ? "… (" + s.length() + " chars)" : "");
    }

    private static List<String> tables(TestDatabase db) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String schema = db.schema().map(s -> db.dialect() == Dialect.H2 ? s.toUpperCase() : s).orElse(null);
            try (ResultSet r = meta.getTables(null, schema, null, new String[] {"TABLE"})) {
                while (r.next()) {
                    names.add(r.getString("TABLE_NAME").toLowerCase());
                }
            }
        }
        assertThat(names).contains("wa_alliance", "wa_club", "wa_contact", "wa_history");
        return names.stream().sorted().toList();
    }
}
