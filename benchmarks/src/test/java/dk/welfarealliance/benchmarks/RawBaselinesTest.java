package dk.welfarealliance.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.storage.jdbc.JdbcAllianceStore;
import java.sql.Connection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The baselines do the store's work: what they write the store reads, what the store writes they read. On H2. */
class RawBaselinesTest {
    private BenchDatabase database;
    private JdbcAllianceStore store;

    @BeforeEach
    void open() {
        database = BenchDatabase.open("h2");
        store = database.store();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "typical", "500"})
    void a_raw_load_builds_the_alliance_the_store_stored(String children) throws Exception {
        Alliance stored = store.insert(Fixtures.withChildren(IdGenerator.seeded(1), Fixtures.federation(0), "751", children));
        try (Connection c = database.connection()) {
            assertThat(RawAssembler.build(RawJdbc.load(c, stored.getId().value()))).isEqualTo(stored);
        }
    }

    @Test
    void a_raw_load_in_one_statement_on_postgresql_builds_the_alliance_the_store_stored() throws Exception {
        try (BenchDatabase postgres = BenchDatabase.open("postgresql")) {
            Alliance stored = postgres.store().insert(
                    Fixtures.withChildren(IdGenerator.seeded(3), Fixtures.federation(0), "751", "typical"));
            try (Connection c = postgres.connection()) {
                assertThat(RawAssembler.build(RawJdbc.load(c, stored.getId().value(), true))).isEqualTo(stored);
                assertThat(RawJdbc.load(c, java.util.UUID.randomUUID(), true)).isNull();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "typical", "500"})
    void the_store_loads_what_a_raw_insert_wrote(String children) throws Exception {
        Alliance alliance = Fixtures.withChildren(IdGenerator.seeded(2), Fixtures.federation(0), "751", children);
        try (Connection c = database.connection()) {
            RawJdbc.insert(c, RawRows.of(alliance, 1));
        }
        assertThat(store.findById(alliance.getId())).contains(alliance.withVersion(1));
    }

    @Test
    void a_raw_title_update_is_what_the_store_then_loads() throws Exception {
        Alliance stored = store.insert(Fixtures.withChildren(IdGenerator.seeded(3), Fixtures.federation(0), "751", "typical"));
        var agreement = stored.getAgreements().get(0);
        try (Connection c = database.connection()) {
            RawJdbc.updateTitle(c, stored.getId().value(), agreement.getId().value(), "Ny titel", "ny titel",
                    stored.getVersion(), stored.getLastModified());
        }
        Alliance loaded = store.findById(stored.getId()).orElseThrow();
        assertThat(loaded.getVersion()).isEqualTo(stored.getVersion() + 1);
        assertThat(loaded.getAgreements().get(0).getTitle()).isEqualTo("Ny titel");
    }

    @Test
    void the_typical_alliance_has_44_child_rows_over_15_tables() {
        Alliance typical = Fixtures.withChildren(IdGenerator.seeded(4), Fixtures.federation(0), "751", "typical");
        RawRows rows = RawRows.of(typical, 1);
        assertThat(Fixtures.childRows(typical)).isEqualTo(44);
        assertThat(rows.children.stream().filter(t -> !t.isEmpty()).count()).isEqualTo(15);
        assertThat(Fixtures.childRows(Fixtures.withChildren(IdGenerator.seeded(5), Fixtures.federation(0), "751", "500")))
                .isEqualTo(500);
    }

    @Test
    void the_unvalidated_records_hold_the_typical_alliance_s_ids() {
        Alliance typical = Fixtures.full(IdGenerator.seeded(6), "751", Fixtures.TYPICAL_SIZE);
        PlainAlliance plain = PlainAlliance.full(IdGenerator.seeded(6), "751", Fixtures.TYPICAL_SIZE);
        assertThat(plain.id()).isEqualTo(typical.getId().value());
        assertThat(plain.agreements().get(0).initiatives().get(2).goals().get(0).id())
                .isEqualTo(typical.getAgreements().get(0).getInitiatives().get(2).getGoals().get(0).getId().value());
    }
}
