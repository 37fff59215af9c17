package dk.welfarealliance.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.Club;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.Page;
import dk.welfarealliance.storage.PageRequest;
import dk.welfarealliance.storage.jdbc.testing.Alliances;
import dk.welfarealliance.storage.jdbc.testing.RecordingDataSource;
import dk.welfarealliance.storage.jdbc.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The statement counts that {@link JdbcAllianceStore}'s javadoc states, exact, and independent of the number of
 * children or of alliances on a page: calls of {@code execute*} and {@code executeBatch}, counted by a
 * {@link RecordingDataSource} (a text of several queries sent as one statement counts once); transaction
 * control is not counted. On PostgreSQL the child tables' queries go as one statement (one round trip).
 */
class StatementCountTest {
    static final int H2_LOAD = 18;
    static final int POSTGRESQL_LOAD = 1;
    static final int DELETE = 1;

    /** @return the statements of a read by id on {@code dialect} */
    static int load(Dialect dialect) {
        return dialect == Dialect.POSTGRESQL ? POSTGRESQL_LOAD : H2_LOAD;
    }

    /** @return the statements of a read of alliance rows followed by their children on {@code dialect} */
    private static int rootsThenChildren(Dialect dialect) {
        return dialect == Dialect.POSTGRESQL ? 2 : H2_LOAD;
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void loading_one_alliance_takes_the_same_statements_with_no_children_and_with_500(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            RecordingDataSource recording = new RecordingDataSource(db.dataSource());
            // remembering nothing, it reads every alliance from its rows (RememberedAlliancesTest: the other case)
            JdbcAllianceStore store = JdbcAllianceStore.create(recording, db.config().rememberedAlliances(0).build());
            IdGenerator ids = IdGenerator.seeded(11);
            Alliance empty = store.insert(Alliances.empty(ids, "101"));
            Alliance big = store.insert(Alliances.withChildRows(ids, "751", 500));
            assertThat(Alliances.childRows(big)).isEqualTo(500);

            assertThat(counted(recording, () -> store.findById(empty.getId()))).isEqualTo(load(dialect));
            assertThat(counted(recording, () -> store.findById(big.getId()))).isEqualTo(load(dialect));
            assertThat(counted(recording, () -> store.findByNaturalKey(big.getFederation(), big.getMunicipality())))
                    .isEqualTo(rootsThenChildren(dialect));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void loading_a_page_of_50_alliances_takes_the_statements_of_one(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            RecordingDataSource recording = new RecordingDataSource(db.dataSource());
            JdbcAllianceStore store = JdbcAllianceStore.create(recording, db.config().rememberedAlliances(0).build());
            IdGenerator ids = IdGenerator.seeded(12);
            for (int i = 0; i < 60; i++) {
                store.insert(Alliances.full(ids, String.format("%03d", 100 + i)));
            }

            recording.reset();
            Page page = store.query(AllianceCriteria.all(), PageRequest.first(50));

            assertThat(page.getItems()).hasSize(50);
            assertThat(recording.statements()).isEqualTo(rootsThenChildren(dialect));
            assertThat(counted(recording, () -> store.count(AllianceCriteria.all()))).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void inserting_takes_one_statement_and_one_batch_per_child_table_with_rows_however_many(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            RecordingDataSource recording = new RecordingDataSource(db.dataSource());
            JdbcAllianceStore store = JdbcAllianceStore.create(recording, db.config().build());
            IdGenerator ids = IdGenerator.seeded(13);

            int empty = counted(recording, () -> store.insert(Alliances.empty(ids, "101")));
            assertThat(empty).isEqualTo(1 + recording.batches().size());
            assertThat(recording.batches()).allSatisfy(b -> assertThat(b.rows()).isPositive());

            int small = counted(recording, () -> store.insert(Alliances.full(ids, "102", 1)));
            List<String> smallTables = tables(recording);
            int large = counted(recording, () -> store.insert(Alliances.full(ids, "103", 40)));
            assertThat(Alliances.childRows(store.findByNaturalKey(FederationCode.DBU, MunicipalityCode.of("103")).orElseThrow()))
                    .isGreaterThan(500);
            assertThat(large).as("the same tables, 40 times the rows").isEqualTo(small);
            assertThat(tables(recording)).isEqualTo(smallTables);
            assertThat(small).isEqualTo(1 + smallTables.size()).isLessThanOrEqualTo(18);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void an_update_by_the_store_that_wrote_the_version_runs_only_the_versioned_update_and_the_changed_batches(
            Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            RecordingDataSource recording = new RecordingDataSource(db.dataSource());
            JdbcAllianceStore store = JdbcAllianceStore.create(recording, db.config().build());
            IdGenerator ids = IdGenerator.seeded(14);
            Alliance empty = store.insert(Alliances.empty(ids, "101"));
            Alliance big = store.insert(Alliances.withChildRows(ids, "751", 500));

            assertThat(counted(recording, () -> store.update(empty.withLastModified(Alliances.MODIFIED.plusSeconds(1)))))
                    .as("only the alliance row changes").isEqualTo(1);
            assertThat(counted(recording, () -> store.update(retitled(big)))).isEqualTo(2);
            assertThat(recording.batches()).extracting(b -> b.sql().split("\\s+")[0] + " " + table(b.sql()) + " " + b.rows())
                    .containsExactly("UPDATE agreement 1");
            Alliance read = store.findById(big.getId()).orElseThrow();
            assertThat(counted(recording, () -> store.update(Alliance.builder().from(read)
                    .addClubs(Club.builder().id(ids.newClubId()).name("Ny klub").build()).build())))
                    .as("an alliance it read is remembered as well").isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void an_update_by_a_store_that_has_not_seen_the_version_reads_it_first_whatever_the_children(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            JdbcAllianceStore writer = JdbcAllianceStore.create(db.dataSource(), db.config().build());
            IdGenerator ids = IdGenerator.seeded(17);
            Alliance small = writer.insert(Alliances.full(ids, "101", 1));
            Alliance big = writer.insert(Alliances.withChildRows(ids, "751", 500));
            RecordingDataSource recording = new RecordingDataSource(db.dataSource());
            JdbcAllianceStore other = JdbcAllianceStore.create(recording, db.config().build());

            // the stored rows, the versioned UPDATE, the one changed batch
            assertThat(counted(recording, () -> other.update(retitled(small)))).isEqualTo(load(dialect) + 2);
            assertThat(counted(recording, () -> other.update(retitled(big)))).isEqualTo(load(dialect) + 2);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void an_update_after_another_store_wrote_falls_back_to_reading_and_writes_the_right_rows(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            RecordingDataSource recording = new RecordingDataSource(db.dataSource());
            JdbcAllianceStore first = JdbcAllianceStore.create(recording, db.config().build());
            JdbcAllianceStore second = JdbcAllianceStore.create(db.dataSource(), db.config().build());
            IdGenerator ids = IdGenerator.seeded(18);
            Alliance stored = first.insert(Alliances.full(ids, "751", 2));
            // Another store deletes it and inserts it again at version 1, with a club renamed: same id, same
            // version, same history, other rows.
            second.delete(stored.getId(), 1);
            Club renamed = Club.builder().from(stored.getClubs().get(0)).name("Omdøbt klub").build();
            Alliance other = Alliance.builder().from(stored)
                    .clubs(List.of(renamed, stored.getClubs().get(1))).version(0).build();
            second.insert(other);

            Alliance update = retitled(other.withVersion(1));
            assertThat(counted(recording, () -> first.update(update)))
                    .as("the remembered revision matches no row: one UPDATE, then the way that reads")
                    .isEqualTo(1 + load(dialect) + 2);
            assertThat(second.findById(stored.getId())).contains(update.withVersion(2));
            assertThat(second.findById(stored.getId()).orElseThrow().getClubs().get(0).getName()).isEqualTo("Omdøbt klub");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void deleting_takes_1_statement_whatever_the_children(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            RecordingDataSource recording = new RecordingDataSource(db.dataSource());
            JdbcAllianceStore store = JdbcAllianceStore.create(recording, db.config().build());
            IdGenerator ids = IdGenerator.seeded(15);
            Alliance big = store.insert(Alliances.withChildRows(ids, "751", 500));

            recording.reset();
            store.delete(big.getId(), big.getVersion());

            assertThat(recording.statements()).isEqualTo(DELETE);
            assertThat(store.findById(big.getId())).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void an_update_writes_only_the_rows_that_changed(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            RecordingDataSource recording = new RecordingDataSource(db.dataSource());
            JdbcAllianceStore store = JdbcAllianceStore.create(recording, db.config().build());
            IdGenerator ids = IdGenerator.seeded(16);
            Alliance stored = store.insert(Alliances.full(ids, "751", 3));
            Club renamed = Club.builder().from(stored.getClubs().get(1)).name("Omdøbt klub").build();
            Alliance changed = Alliance.builder().from(stored)
                    .clubs(java.util.List.of(stored.getClubs().get(0), renamed))
                    .build();

            recording.reset();
            store.update(changed);

            assertThat(recording.batches())
                    .extracting(b -> b.sql().split("\\s+")[0] + " " + table(b.sql()) + " " + b.rows())
                    .containsExactly("UPDATE club 1", "DELETE club 1");
        }
    }

    /** @return {@code a} with its first agreement's title changed */
    private static Alliance retitled(Alliance a) {
        List<Agreement> agreements = new ArrayList<>(a.getAgreements());
        agreements.set(0, agreements.get(0).withTitle(agreements.get(0).getTitle() + " (ny titel)"));
        return a.withAgreements(agreements);
    }

    private static List<String> tables(RecordingDataSource recording) {
        return recording.batches().stream().map(b -> table(b.sql())).toList();
    }

    private static String table(String sql) {
        String[] words = sql.split("\\s+");
        for (String w : words) {
            int at = w.lastIndexOf("wa_");
            if (at >= 0) {
                return w.substring(at + 3).replace("(", "");
            }
        }
        return "?";
    }

    private static int counted(RecordingDataSource recording, Supplier<?> operation) {
        recording.reset();
        operation.get();
        return recording.statements();
    }
}
