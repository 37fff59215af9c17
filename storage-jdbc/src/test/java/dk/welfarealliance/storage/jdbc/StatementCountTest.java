package dk.welfarealliance.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.Club;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.Page;
import dk.welfarealliance.storage.PageRequest;
import dk.welfarealliance.storage.jdbc.testing.Alliances;
import dk.welfarealliance.storage.jdbc.testing.RecordingDataSource;
import dk.welfarealliance.storage.jdbc.testing.TestDatabase;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The statement counts that {@link JdbcAllianceStore}'s javadoc states, exact and independent of the number of
 * children or of alliances on a page: calls of {@code execute*} and {@code executeBatch}, counted by a
 * {@link RecordingDataSource}; transaction control is not counted.
 */
class StatementCountTest {
    static final int LOAD = 18;
    static final int INSERT = 18;
    static final int UPDATE = 65;
    static final int DELETE = 1;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void loading_one_alliance_takes_18_statements_with_no_children_and_with_500(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            RecordingDataSource recording = new RecordingDataSource(db.dataSource());
            JdbcAllianceStore store = JdbcAllianceStore.create(recording, db.config().build());
            IdGenerator ids = IdGenerator.seeded(11);
            Alliance empty = store.insert(Alliances.empty(ids, "101"));
            Alliance big = store.insert(Alliances.withChildRows(ids, "751", 500));
            assertThat(Alliances.childRows(big)).isEqualTo(500);

            assertThat(counted(recording, () -> store.findById(empty.getId()))).isEqualTo(LOAD);
            assertThat(counted(recording, () -> store.findById(big.getId()))).isEqualTo(LOAD);
            assertThat(counted(recording, () -> store.findByNaturalKey(big.getFederation(), big.getMunicipality())))
                    .isEqualTo(LOAD);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void loading_a_page_of_50_alliances_takes_the_18_statements_of_one(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            RecordingDataSource recording = new RecordingDataSource(db.dataSource());
            JdbcAllianceStore store = JdbcAllianceStore.create(recording, db.config().build());
            IdGenerator ids = IdGenerator.seeded(12);
            for (int i = 0; i < 60; i++) {
                store.insert(Alliances.full(ids, String.format("%03d", 100 + i)));
            }

            recording.reset();
            Page page = store.query(AllianceCriteria.all(), PageRequest.first(50));

            assertThat(page.getItems()).hasSize(50);
            assertThat(recording.statements()).isEqualTo(LOAD);
            assertThat(counted(recording, () -> store.count(AllianceCriteria.all()))).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void inserting_takes_18_statements_with_no_children_and_with_500(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            RecordingDataSource recording = new RecordingDataSource(db.dataSource());
            JdbcAllianceStore store = JdbcAllianceStore.create(recording, db.config().build());
            IdGenerator ids = IdGenerator.seeded(13);

            assertThat(counted(recording, () -> store.insert(Alliances.empty(ids, "101")))).isEqualTo(INSERT);
            assertThat(counted(recording, () -> store.insert(Alliances.withChildRows(ids, "751", 500))))
                    .isEqualTo(INSERT);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void updating_takes_65_statements_with_no_children_and_with_500(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            RecordingDataSource recording = new RecordingDataSource(db.dataSource());
            JdbcAllianceStore store = JdbcAllianceStore.create(recording, db.config().build());
            IdGenerator ids = IdGenerator.seeded(14);
            Alliance empty = store.insert(Alliances.empty(ids, "101"));
            Alliance big = store.insert(Alliances.withChildRows(ids, "751", 500));

            assertThat(counted(recording, () -> store.update(empty.withLastModified(Alliances.MODIFIED.plusSeconds(1)))))
                    .isEqualTo(UPDATE);
            assertThat(counted(recording, () -> store.update(Alliance.builder().from(big)
                    .addClubs(Club.builder().id(ids.newClubId()).name("Ny klub").build()).build())))
                    .isEqualTo(UPDATE);
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

            assertThat(recording.batches()).filteredOn(b -> b.rows() > 0)
                    .extracting(b -> b.sql().split("\\s+")[0] + " " + table(b.sql()) + " " + b.rows())
                    .containsExactly("UPDATE club 1", "DELETE club 1");
        }
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
