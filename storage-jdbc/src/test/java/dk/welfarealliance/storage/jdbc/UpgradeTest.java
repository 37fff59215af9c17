package dk.welfarealliance.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.DatePrecision;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.EndKind;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.Note;
import dk.welfarealliance.NoteKind;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.TargetKind;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.service.RecordEliteEvent;
import dk.welfarealliance.service.RecordNote;
import dk.welfarealliance.service.RenewAgreement;
import dk.welfarealliance.service.SignAgreement;
import dk.welfarealliance.storage.AgreementFilter;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.SchemaException;
import dk.welfarealliance.storage.jdbc.testing.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A database at schema version 1 or 2 holding data, as a store of an earlier version left it, is opened by this
 * version: through the built-in setup ({@link SchemaMode#CREATE_IF_MISSING} upgrades it) and through Flyway
 * (which applies the scripts after the one it is at). Its rows have no write revision (version 3), so the
 * first update reads them; the ones after it do not need to. The data is intact, reads back with the meaning it had, and the
 * new fields are usable at once. The version-1 rows are written here with plain SQL, column for column as the
 * version-1 store wrote them.
 */
class UpgradeTest {
    private static final UUID ALLIANCE = UUID.fromString("7b1f0c2e-0000-4000-8000-000000000001");
    private static final UUID AGREEMENT = UUID.fromString("7b1f0c2e-0000-4000-8000-000000000002");
    private static final UUID MAYOR = UUID.fromString("7b1f0c2e-0000-4000-8000-000000000003");
    private static final UUID CHAIR = UUID.fromString("7b1f0c2e-0000-4000-8000-000000000004");
    private static final UUID INITIATIVE = UUID.fromString("7b1f0c2e-0000-4000-8000-000000000005");
    private static final UUID GOAL = UUID.fromString("7b1f0c2e-0000-4000-8000-000000000006");
    private static final UUID COMMITMENT = UUID.fromString("7b1f0c2e-0000-4000-8000-000000000007");

    private enum Path { BUILT_IN, FLYWAY }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_version_1_database_with_data_is_upgraded_by_the_built_in_setup_and_keeps_its_data(Dialect dialect) {
        upgradeAndCheck(dialect, Path.BUILT_IN, 1);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_version_1_database_with_data_is_upgraded_by_flyway_and_keeps_its_data(Dialect dialect) {
        upgradeAndCheck(dialect, Path.FLYWAY, 1);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_version_2_database_with_data_is_upgraded_by_the_built_in_setup_and_keeps_its_data(Dialect dialect) {
        upgradeAndCheck(dialect, Path.BUILT_IN, 2);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_version_2_database_with_data_is_upgraded_by_flyway_and_keeps_its_data(Dialect dialect) {
        upgradeAndCheck(dialect, Path.FLYWAY, 2);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void validate_mode_on_a_version_1_database_names_the_version_2_script(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            MigrateResult v1 = flyway(db, dialect, "1").migrate();
            assertThat(v1.targetSchemaVersion).isEqualTo("1");

            assertThatThrownBy(() -> JdbcAllianceStore.create(db.dataSource(),
                    db.config().schemaMode(SchemaMode.VALIDATE).build()))
                    .isInstanceOf(SchemaException.class)
                    .hasMessageContaining("is at schema version 1, this library needs 3")
                    .hasMessageContaining("apply V2__partial_facts.sql, V3__write_revision.sql");
        }
    }

    /**
     * Writes the version-1 rows, upgrades them to {@code from} with Flyway (the shipped scripts), then to the
     * current version by {@code path}.
     */
    private void upgradeAndCheck(Dialect dialect, Path path, int from) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            flyway(db, dialect, "1").migrate();
            insertVersion1Rows(db);
            if (from == 2) {
                assertThat(flyway(db, dialect, "2").migrate().migrationsExecuted).isEqualTo(1);
            }

            JdbcAllianceStore store;
            if (path == Path.BUILT_IN) {
                store = JdbcAllianceStore.create(db.dataSource(), db.config().build());
            } else {
                MigrateResult latest = flyway(db, dialect, "3").migrate();
                assertThat(latest.migrationsExecuted).as("Flyway applies the scripts after V%d", from)
                        .isEqualTo(3 - from);
                store = JdbcAllianceStore.create(db.dataSource(), db.config().schemaMode(SchemaMode.VALIDATE).build());
            }

            Alliance upgraded = store.findById(AllianceId.of(ALLIANCE)).orElseThrow();
            Agreement signed = upgraded.agreement(AgreementId.of(AGREEMENT)).orElseThrow();
            assertThat(upgraded.getVersion()).isEqualTo(1);
            assertThat(signed.getState()).isEqualTo(AgreementState.SIGNED);
            assertThat(signed.getPeriod()).contains(AgreementPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31)));
            assertThat(signed.getPeriod().orElseThrow().endKind()).isEqualTo(EndKind.DATE);
            assertThat(signed.getSigningDate()).contains(PartialDate.day(2023, 11, 20));
            assertThat(signed.getSignatories()).extracting(s -> s.getRole()).containsExactly("Borgmester", "Formand, DBU");
            assertThat(signed.getInitiatives().get(0).getGoals().get(0).getTarget().orElseThrow().getKind())
                    .isEqualTo(TargetKind.LEVEL);
            assertThat(signed.getEliteCommitments().get(0).getMinimumCount()).hasValue(3);
            assertThat(upgraded.getHistory()).extracting(HistoryEntryView::of)
                    .containsExactly(new HistoryEntryView(HistoryEvent.ALLIANCE_CREATED, false),
                            new HistoryEntryView(HistoryEvent.OPENED, false),
                            new HistoryEntryView(HistoryEvent.SIGNED, false));
            assertThat(store.count(AllianceCriteria.builder()
                    .agreement(AgreementFilter.builder().inForceOn(LocalDate.of(2025, 6, 1)).build()).build()))
                    .as("an upgraded term is found in force").isEqualTo(1);

            // The new fields are usable at once: a dated note, an elite event of several days, an open-ended renewal.
            AllianceService service = new AllianceService(new Lifecycle(ReferenceCatalogue.bundled(),
                    Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC), Lifecycle.DEFAULT_BUSINESS_ZONE,
                    IdGenerator.seeded(91)), store);
            ActorRef actor = ActorRef.of("test:upgrade");
            AllianceId id = upgraded.getId();
            service.execute(id, RecordNote.on(signed.getId(),
                    Note.of(NoteKind.MEETING, PartialDate.month(2025, 11), "Dialogmøde med klubberne")), actor);
            EliteEvent tournament = service.execute(id, RecordEliteEvent.of(signed.getId(), EliteEvent.builder()
                    .kind(EliteEventKind.TOURNAMENT).date(LocalDate.of(2025, 7, 1)).endDate(LocalDate.of(2025, 7, 4))
                    .title("U17 turnering").venue("Aarhus Stadion").build()), actor).created(EliteEvent.class);
            AgreementId renewal = service.execute(id, RenewAgreement.builder().previous(signed.getId())
                    .title("Velfærdsalliance 2028-").on(PartialDate.month(2026, 2)).build(), actor).agreement().getId();
            service.execute(id, SignAgreement.builder().agreement(renewal)
                    .period(AgreementPeriod.openEnded(LocalDate.of(2028, 1, 1)))
                    .signingDate(PartialDate.year(2026)).signatoriesNotRecorded(true).build(), actor);

            Alliance after = store.findById(id).orElseThrow();
            assertThat(after.getVersion()).isEqualTo(5);
            assertThat(after.agreement(signed.getId()).orElseThrow().getNotes()).extracting(Note::getText)
                    .containsExactly("Dialogmøde med klubberne");
            assertThat(after.agreement(signed.getId()).orElseThrow().getEliteEvents()).containsExactly(tournament);
            Agreement openEnded = after.agreement(renewal).orElseThrow();
            assertThat(openEnded.getPeriod().orElseThrow().endKind()).isEqualTo(EndKind.OPEN_ENDED);
            assertThat(openEnded.getSigningDate().orElseThrow().getPrecision()).isEqualTo(DatePrecision.YEAR);
            assertThat(openEnded.isSignatoriesNotRecorded()).isTrue();
            assertThat(after.getHistory().get(after.getHistory().size() - 1).getOn()).contains(PartialDate.year(2026));
            assertThat(store.count(AllianceCriteria.builder()
                    .agreement(AgreementFilter.builder().inForceOn(LocalDate.of(2040, 1, 1)).build()).build()))
                    .as("the open-ended renewal is in force for ever").isEqualTo(1);
        }
    }

    private record HistoryEntryView(HistoryEvent event, boolean dated) {
        static HistoryEntryView of(dk.welfarealliance.HistoryEntry e) {
            return new HistoryEntryView(e.getEvent(), e.getOn().isPresent());
        }
    }

    private static Flyway flyway(TestDatabase db, Dialect dialect, String target) {
        String schema = db.schema().orElseThrow();
        return Flyway.configure()
                .dataSource(db.dataSource())
                .schemas(dialect == Dialect.H2 ? schema.toUpperCase(Locale.ROOT) : schema)
                .locations("classpath:" + dialect.scriptLocation())
                .placeholders(Map.of("prefix", "wa_"))
                .target(target)
                .load();
    }

    /** One signed alliance, exactly as the version-1 store wrote it: every column of version 1, nothing else. */
    private static void insertVersion1Rows(TestDatabase db) {
        String at = "TIMESTAMP WITH TIME ZONE '2023-11-20 09:00:00.123456+00'";
        db.execute("INSERT INTO " + db.qualified("wa_alliance")
                + " (id, federation, municipality, version, last_modified, latest_signed_end) VALUES ('" + ALLIANCE
                + "', 'DBU', '751', 1, " + at + ", DATE '2027-12-31')");
        db.execute("INSERT INTO " + db.qualified("wa_agreement") + " (alliance_id, id, position, title, title_search,"
                + " state, held_from, local_union, renews, period_start, period_end, effective_end, has_grassroots,"
                + " has_elite, signing_date, termination_date, termination_reason, abandon_reason) VALUES ('" + ALLIANCE
                + "', '" + AGREEMENT + "', 0, 'Velfærdsalliance Aarhus', 'velfærdsalliance aarhus', 'SIGNED', NULL,"
                + " 'DBU_JYLLAND', NULL, DATE '2024-01-01', DATE '2027-12-31', DATE '2027-12-31', TRUE, TRUE,"
                + " DATE '2023-11-20', NULL, NULL, NULL)");
        db.execute("INSERT INTO " + db.qualified("wa_focus_area") + " (alliance_id, agreement_id, code) VALUES ('"
                + ALLIANCE + "', '" + AGREEMENT + "', 'SUNDHED')");
        for (Object[] s : new Object[][] {{MAYOR, 0, "MUNICIPALITY", "Borgmester"}, {CHAIR, 1, "FEDERATION", "Formand, DBU"}}) {
            db.execute("INSERT INTO " + db.qualified("wa_signatory") + " (alliance_id, id, agreement_id, position, party,"
                    + " role, contact_id) VALUES ('" + ALLIANCE + "', '" + s[0] + "', '" + AGREEMENT + "', " + s[1]
                    + ", '" + s[2] + "', '" + s[3] + "', NULL)");
        }
        db.execute("INSERT INTO " + db.qualified("wa_initiative") + " (alliance_id, id, agreement_id, position, name,"
                + " concept, focus_area, description) VALUES ('" + ALLIANCE + "', '" + INITIATIVE + "', '" + AGREEMENT
                + "', 0, 'Fodbold Fitness', 'Fodbold Fitness', 'SUNDHED', NULL)");
        db.execute("INSERT INTO " + db.qualified("wa_goal") + " (alliance_id, id, initiative_id, position, metric,"
                + " baseline, target, unit) VALUES ('" + ALLIANCE + "', '" + GOAL + "', '" + INITIATIVE
                + "', 0, 'Deltagere', 40, 200, 'COUNT')");
        db.execute("INSERT INTO " + db.qualified("wa_elite_commitment") + " (alliance_id, id, agreement_id, position,"
                + " kind, minimum_count, age_group, gender, description) VALUES ('" + ALLIANCE + "', '" + COMMITMENT
                + "', '" + AGREEMENT + "', 0, 'YOUTH_INTERNATIONAL', 3, NULL, NULL, NULL)");
        String[] events = {"ALLIANCE_CREATED", "OPENED", "SIGNED"};
        for (int seq = 1; seq <= events.length; seq++) {
            db.execute("INSERT INTO " + db.qualified("wa_history") + " (alliance_id, seq, event, agreement_id,"
                    + " contact_id, happened_at, actor, reason) VALUES ('" + ALLIANCE + "', " + seq + ", '"
                    + events[seq - 1] + "', " + (seq == 1 ? "NULL" : "'" + AGREEMENT + "'") + ", NULL, " + at
                    + ", 'user:4711', NULL)");
        }
    }
}
