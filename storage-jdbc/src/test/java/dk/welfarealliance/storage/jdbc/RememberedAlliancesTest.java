package dk.welfarealliance.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.Club;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceSort;
import dk.welfarealliance.storage.Page;
import dk.welfarealliance.storage.PageRequest;
import dk.welfarealliance.storage.jdbc.testing.Alliances;
import dk.welfarealliance.storage.jdbc.testing.CallerTransaction;
import dk.welfarealliance.storage.jdbc.testing.RecordingDataSource;
import dk.welfarealliance.storage.jdbc.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A store remembers the alliances it last read or wrote with the version and write revision they were stored
 * at. What it returns is always what is stored: a remembered alliance is returned only while its row still
 * carries that version and revision, and whatever another store wrote since, a delete and re-insert at the
 * same version included, or a caller's transaction that rolled back, is read from the rows.
 */
class RememberedAlliancesTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_remembered_alliance_is_returned_after_reading_only_what_proves_it_is_still_stored(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            RecordingDataSource recording = new RecordingDataSource(db.dataSource());
            JdbcAllianceStore store = JdbcAllianceStore.create(recording, db.config().build());
            Alliance stored = store.insert(Alliances.full(IdGenerator.seeded(61), "751", 2));

            recording.reset();
            Alliance read = store.findById(stored.getId()).orElseThrow();

            assertThat(read).isSameAs(stored);
            assertThat(recording.statements()).as("the alliance row (on PostgreSQL with its children, one round trip)")
                    .isEqualTo(1);
            assertThat(store.findByNaturalKey(stored.getFederation(), stored.getMunicipality())).containsSame(stored);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void what_another_store_wrote_since_is_read_from_the_rows(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            JdbcAllianceStore first = JdbcAllianceStore.create(db.dataSource(), db.config().build());
            JdbcAllianceStore second = JdbcAllianceStore.create(db.dataSource(), db.config().build());
            Alliance stored = first.insert(Alliances.full(IdGenerator.seeded(62), "751", 2));

            Alliance updated = second.update(retitled(second.findById(stored.getId()).orElseThrow()));

            assertThat(first.findById(stored.getId())).contains(updated);
            assertThat(first.update(retitled(updated))).extracting(Alliance::getVersion).isEqualTo(3L);
            assertThat(second.findById(stored.getId()).orElseThrow().getAgreements().get(0).getTitle())
                    .endsWith("(ny titel) (ny titel)");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void an_alliance_deleted_and_inserted_again_at_the_same_version_is_read_from_the_rows(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            JdbcAllianceStore first = JdbcAllianceStore.create(db.dataSource(), db.config().build());
            JdbcAllianceStore second = JdbcAllianceStore.create(db.dataSource(), db.config().build());
            Alliance stored = first.insert(Alliances.full(IdGenerator.seeded(63), "751", 2));

            second.delete(stored.getId(), 1);
            Club renamed = Club.builder().from(stored.getClubs().get(0)).name("Omdøbt klub").build();
            Alliance again = second.insert(Alliance.builder().from(stored)
                    .clubs(List.of(renamed, stored.getClubs().get(1))).version(0).build());

            assertThat(again.getVersion()).isEqualTo(stored.getVersion());
            assertThat(first.findById(stored.getId())).contains(again);
            assertThat(first.query(AllianceCriteria.all(), PageRequest.first(10)).getItems()).containsExactly(again);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_page_reads_the_children_of_only_the_alliances_it_does_not_remember(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            RecordingDataSource recording = new RecordingDataSource(db.dataSource());
            JdbcAllianceStore store = JdbcAllianceStore.create(recording, db.config().build());
            JdbcAllianceStore other = JdbcAllianceStore.create(db.dataSource(), db.config().build());
            IdGenerator ids = IdGenerator.seeded(64);
            List<Alliance> stored = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                stored.add(store.insert(Alliances.full(ids, String.valueOf(101 + i), 1)));
            }
            PageRequest all = PageRequest.first(10, AllianceSort.MUNICIPALITY);

            recording.reset();
            assertThat(store.query(AllianceCriteria.all(), all).getItems()).containsExactlyElementsOf(stored);
            assertThat(recording.statements()).as("every alliance remembered: the page query alone").isEqualTo(1);

            Alliance changed = other.update(retitled(stored.get(2)));
            recording.reset();
            Page page = store.query(AllianceCriteria.all(), all);
            assertThat(page.getItems().get(2)).isEqualTo(changed);
            assertThat(page.getItems()).containsExactly(stored.get(0), stored.get(1), changed, stored.get(3), stored.get(4));
            assertThat(recording.statements()).as("the page query, then the children of the one changed")
                    .isEqualTo(dialect == Dialect.POSTGRESQL ? 2 : 18);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_write_the_caller_rolls_back_is_not_returned_by_the_store_that_made_it(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            JdbcAllianceStore store = JdbcAllianceStore.create(db.dataSource(), db.config().build());
            Alliance stored = store.insert(Alliances.full(IdGenerator.seeded(65), "751", 1));
            try (CallerTransaction tx = CallerTransaction.begin(db.dataSource())) {
                JdbcAllianceStore callerStore = JdbcAllianceStore.create(tx, db.config()
                        .schemaMode(SchemaMode.VALIDATE).transactionMode(TransactionMode.CALLER_MANAGED).build());
                Alliance seen = callerStore.findById(stored.getId()).orElseThrow();
                Alliance written = callerStore.update(retitled(seen));
                assertThat(callerStore.findById(stored.getId())).contains(written);
                tx.rollback();

                assertThat(callerStore.findById(stored.getId())).as("after the rollback").contains(stored);
                assertThat(callerStore.update(retitled(stored)).getVersion()).isEqualTo(2);
                tx.commit();
            }
            assertThat(store.findById(stored.getId()).orElseThrow().getVersion()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_store_that_remembers_nothing_reads_every_row_every_time(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            RecordingDataSource recording = new RecordingDataSource(db.dataSource());
            JdbcAllianceStore store = JdbcAllianceStore.create(recording, db.config().rememberedAlliances(0).build());
            Alliance stored = store.insert(Alliances.full(IdGenerator.seeded(66), "751", 1));

            recording.reset();
            Alliance read = store.findById(stored.getId()).orElseThrow();
            assertThat(read).isEqualTo(stored).isNotSameAs(stored);
            assertThat(recording.statements()).isEqualTo(StatementCountTest.load(dialect));

            recording.reset();
            store.update(retitled(read));
            assertThat(recording.statements()).as("the stored rows, the versioned UPDATE, the changed agreement")
                    .isEqualTo(StatementCountTest.load(dialect) + 2);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void an_alliance_read_from_its_rows_is_remembered_for_the_next_read_and_update(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            JdbcAllianceStore writer = JdbcAllianceStore.create(db.dataSource(), db.config().build());
            RecordingDataSource recording = new RecordingDataSource(db.dataSource());
            JdbcAllianceStore reader = JdbcAllianceStore.create(recording, db.config().build());
            Alliance stored = writer.insert(Alliances.full(IdGenerator.seeded(67), "751", 2));
            Alliance read = reader.findById(stored.getId()).orElseThrow();

            recording.reset();
            assertThat(reader.findById(stored.getId()).orElseThrow()).isSameAs(read);
            assertThat(recording.statements()).as("read again: the alliance row alone").isEqualTo(1);

            recording.reset();
            reader.update(retitled(read));
            assertThat(recording.statements()).as("the versioned UPDATE of the alliance row, the changed agreement")
                    .isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void an_updated_alliance_is_remembered_at_its_new_version(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            RecordingDataSource recording = new RecordingDataSource(db.dataSource());
            JdbcAllianceStore store = JdbcAllianceStore.create(recording, db.config().build());
            Alliance updated = store.update(retitled(store.insert(Alliances.full(IdGenerator.seeded(68), "751", 2))));

            recording.reset();
            assertThat(store.findById(updated.getId()).orElseThrow()).isSameAs(updated);
            assertThat(recording.statements()).as("the alliance row alone").isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_store_that_remembers_one_alliance_remembers_the_last_it_wrote_and_forgets_the_one_before(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            RecordingDataSource recording = new RecordingDataSource(db.dataSource());
            JdbcAllianceStore store = JdbcAllianceStore.create(recording, db.config().rememberedAlliances(1).build());
            IdGenerator ids = IdGenerator.seeded(69);
            Alliance first = store.insert(Alliances.full(ids, "751", 1));
            Alliance second = store.insert(Alliances.full(ids, "101", 1));

            recording.reset();
            assertThat(store.findById(second.getId()).orElseThrow()).isSameAs(second);
            assertThat(recording.statements()).as("the last one written: its row alone").isEqualTo(1);

            recording.reset();
            assertThat(store.findById(first.getId()).orElseThrow()).isEqualTo(first).isNotSameAs(first);
            assertThat(recording.statements()).as("the one before, forgotten: its rows").isEqualTo(StatementCountTest.load(dialect));
        }
    }

    private static Alliance retitled(Alliance a) {
        List<Agreement> agreements = new ArrayList<>(a.getAgreements());
        agreements.set(0, agreements.get(0).withTitle(agreements.get(0).getTitle() + " (ny titel)"));
        return a.withAgreements(agreements);
    }
}
