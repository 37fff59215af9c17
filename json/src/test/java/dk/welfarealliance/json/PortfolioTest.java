package dk.welfarealliance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.DuplicateAllianceException;
import dk.welfarealliance.storage.PageRequest;
import dk.welfarealliance.storage.StorageException;
import dk.welfarealliance.storage.jdbc.JdbcAllianceStore;
import dk.welfarealliance.storage.jdbc.JdbcStoreConfig;
import dk.welfarealliance.storage.jdbc.SchemaMode;
import dk.welfarealliance.storage.memory.InMemoryAllianceStore;
import dk.welfarealliance.storage.tck.reference.ExampleDataSet;
import dk.welfarealliance.validation.ValidationException;
import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Export then import of the example portfolio is exact on every backend; a document that would break the store's
 * invariants is refused and nothing of it is stored. PostgreSQL: {@code WA_POSTGRES_URL} (default the local test
 * server); without a server the PostgreSQL case is skipped, unless {@code WA_REQUIRE_POSTGRES=true}.
 */
class PortfolioTest {

    @Test
    void export_then_import_into_an_empty_memory_store_is_exact() {
        roundTrip(new InMemoryAllianceStore(), new InMemoryAllianceStore());
    }

    @Test
    void export_then_import_into_an_empty_h2_store_is_exact() {
        roundTrip(h2(), h2());
    }

    @Test
    void export_then_import_between_postgresql_and_h2_is_exact() throws SQLException {
        String url = System.getenv().getOrDefault("WA_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        try (Connection c = DriverManager.getConnection(url)) {
            c.isValid(5);
        } catch (SQLException e) {
            if ("true".equals(System.getenv("WA_REQUIRE_POSTGRES"))) {
                throw e;
            }
            Assumptions.abort("PostgreSQL does not answer (" + e.getMessage() + "): set WA_POSTGRES_URL");
        }
        String schema = "wa_json_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(url);
        try {
            AllianceStore postgres = JdbcAllianceStore.create(pg,
                    JdbcStoreConfig.builder().schema(schema).schemaMode(SchemaMode.CREATE_IF_MISSING).build());
            roundTrip(postgres, h2());
            roundTrip(h2(), postgres.count(AllianceCriteria.all()) == 0 ? postgres : emptied(postgres));
        } finally {
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Test
    void a_portfolio_with_an_id_twice_is_refused_and_nothing_is_stored() {
        List<Alliance> set = new ArrayList<>(ExampleDataSet.alliances());
        set.add(set.get(2).withMunicipality(dk.welfarealliance.MunicipalityCode.of("999")));
        AllianceStore target = new InMemoryAllianceStore();
        ValidationException e = refused(target, Portfolio.write(set));
        assertThat(e.getViolations()).singleElement().satisfies(v -> {
            assertThat(v.getPath()).isEqualTo("$.alliances[8].id");
            assertThat(v.getRule()).isEqualTo("json.portfolio.id.duplicate");
            assertThat(v.getAttributes()).containsEntry("first", 2);
        });
    }

    @Test
    void a_portfolio_with_a_natural_key_twice_is_refused_and_nothing_is_stored() {
        List<Alliance> set = new ArrayList<>(ExampleDataSet.alliances());
        set.add(set.get(0).withId(AllianceId.of(UUID.fromString("00000000-0000-4000-8000-00000000beef"))));
        ValidationException e = refused(new InMemoryAllianceStore(), Portfolio.write(set));
        assertThat(e.getViolations()).singleElement().satisfies(v -> {
            assertThat(v.getPath()).isEqualTo("$.alliances[8]");
            assertThat(v.getRule()).isEqualTo("json.portfolio.natural-key.duplicate");
        });
    }

    @Test
    void a_portfolio_with_one_bad_alliance_is_refused_and_none_of_the_good_ones_is_stored() {
        String json = Portfolio.write(ExampleDataSet.alliances()).replace("\"Vejle elite\"", "\"\"");
        ValidationException e = refused(new InMemoryAllianceStore(), json);
        assertThat(e.getViolations()).singleElement().satisfies(v -> {
            assertThat(v.getPath()).isEqualTo("$.alliances[4].agreements[0].title");
            assertThat(v.getRule()).isEqualTo("text.blank");
        });
    }

    @Test
    void a_store_that_holds_alliances_already_is_refused() {
        AllianceStore target = new InMemoryAllianceStore();
        target.insert(ExampleDataSet.alliances().get(1));
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> Portfolio.importInto(target, new StringReader(Portfolio.write(ExampleDataSet.alliances().subList(2, 4)))));
        assertThat(e.getRules()).containsExactly("json.portfolio.store-not-empty");
        assertThat(target.count(AllianceCriteria.all())).isEqualTo(1);
    }

    @Test
    void when_the_store_fails_part_way_the_alliances_already_imported_are_deleted_again() {
        AllianceStore target = new InMemoryAllianceStore();
        Alliance late = ExampleDataSet.alliances().get(5);
        String json = Portfolio.write(ExampleDataSet.alliances());

        DuplicateAllianceException e = catchThrowableOfType(DuplicateAllianceException.class,
                () -> Portfolio.importInto(new RefusingOne(target, late), new StringReader(json)));

        assertThat(e.getAllianceId()).isEqualTo(late.getId());
        assertThat(target.count(AllianceCriteria.all())).isZero();
    }

    @Test
    void an_undo_that_fails_travels_with_the_failure_and_the_other_undos_still_happen() {
        AllianceStore target = new InMemoryAllianceStore();
        Alliance late = ExampleDataSet.alliances().get(5);
        Alliance stuck = ExampleDataSet.alliances().get(1);
        String json = Portfolio.write(ExampleDataSet.alliances());
        AllianceStore failing = new RefusingOne(target, late) {
            @Override
            public void delete(AllianceId id, long expectedVersion) {
                if (id.equals(stuck.getId())) {
                    throw new StorageException("the undo failed");
                }
                super.delete(id, expectedVersion);
            }
        };

        DuplicateAllianceException e = catchThrowableOfType(DuplicateAllianceException.class,
                () -> Portfolio.importInto(failing, new StringReader(json)));

        assertThat(e.getSuppressed()).singleElement().satisfies(s -> assertThat(s).hasMessage("the undo failed"));
        assertThat(target.count(AllianceCriteria.all())).as("all but the one whose undo failed").isEqualTo(1);
        assertThat(target.findById(stuck.getId())).isPresent();
    }

    /** A store that refuses to insert one alliance, as a duplicate id, and stores the rest in {@code target}. */
    private static class RefusingOne extends ForwardingStore {
        private final Alliance refused;

        RefusingOne(AllianceStore target, Alliance refused) {
            super(target);
            this.refused = refused;
        }

        @Override
        public Alliance insert(Alliance alliance) {
            if (alliance.getId().equals(refused.getId())) {
                throw new DuplicateAllianceException(refused.getId(), DuplicateAllianceException.Key.ID, null);
            }
            return super.insert(alliance);
        }
    }

    @Test
    void a_portfolio_document_has_the_format_version_and_the_alliances_in_order() {
        String json = Portfolio.write(ExampleDataSet.alliances().subList(0, 1));
        assertThat(json).startsWith("{\"formatVersion\":1,\"alliances\":[{\"formatVersion\":1,\"id\":\"" + ExampleDataSet.KOEBENHAVN + "\"");
        assertThat(catchThrowableOfType(ValidationException.class, () -> Portfolio.read("{\"formatVersion\":1}")).getRules())
                .containsExactly("json.field.required");
    }

    private static void roundTrip(AllianceStore source, AllianceStore target) {
        List<Alliance> original = new ArrayList<>();
        ExampleDataSet.alliances().forEach(a -> original.add(source.insert(a)));
        Alliance renewed = source.update(original.get(4).withLastModified(original.get(4).getLastModified().plusSeconds(60)));
        original.set(4, renewed);                                   // at version 2: the version is not carried over
        StringWriter file = new StringWriter();
        assertThat(Portfolio.export(source, file)).isEqualTo(original.size());

        List<Alliance> imported = Portfolio.importInto(target, new StringReader(file.toString()));

        List<Alliance> expected = original.stream().map(a -> a.withVersion(1)).toList();
        assertThat(imported).containsExactlyElementsOf(expected);   // municipality order, like the data set
        assertThat(target.query(AllianceCriteria.all(), PageRequest.first(50)).getItems()).containsExactlyElementsOf(expected);
    }

    private static ValidationException refused(AllianceStore target, String json) {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> Portfolio.importInto(target, new StringReader(json)));
        assertThat(e).isNotNull();
        assertThat(target.count(AllianceCriteria.all())).as("stored of a refused portfolio").isZero();
        return e;
    }

    private static AllianceStore h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:wa_json_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
        return JdbcAllianceStore.create(h2, JdbcStoreConfig.builder().schemaMode(SchemaMode.CREATE_IF_MISSING).build());
    }

    private static AllianceStore emptied(AllianceStore store) {
        store.query(AllianceCriteria.all(), PageRequest.first(50)).getItems().forEach(a -> store.delete(a.getId(), a.getVersion()));
        return store;
    }
}
