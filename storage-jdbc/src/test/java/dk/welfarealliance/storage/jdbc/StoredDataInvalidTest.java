package dk.welfarealliance.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.PageRequest;
import dk.welfarealliance.storage.StoredDataInvalidException;
import dk.welfarealliance.storage.jdbc.testing.Alliances;
import dk.welfarealliance.storage.jdbc.testing.TestDatabase;
import dk.welfarealliance.validation.Violation;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A stored row that fails today's rules surfaces as a storage error naming the alliance, never as a crash. */
class StoredDataInvalidTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_state_this_version_does_not_know_is_reported_with_the_alliance_and_the_rule(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            JdbcAllianceStore store = JdbcAllianceStore.create(db.dataSource(), db.config().build());
            Alliance stored = store.insert(Alliances.full(IdGenerator.seeded(81), "751"));
            // edited by hand as docs/jdbc-store.md says: with the alliance row's revision reset
            db.execute("UPDATE " + db.qualified("wa_agreement") + " SET state = 'SUSPENDED'");
            db.execute("UPDATE " + db.qualified("wa_alliance") + " SET revision = NULL");

            assertThatThrownBy(() -> store.findById(stored.getId()))
                    .isInstanceOfSatisfying(StoredDataInvalidException.class, e -> {
                        assertThat(e.getAllianceId()).isEqualTo(stored.getId());
                        assertThat(e.getViolations()).extracting(Violation::getRule).containsExactly("stored.code.unknown");
                        assertThat(e.getViolations().get(0).message(Locale.ENGLISH))
                                .isEqualTo("holds a stored AgreementState code that this version does not know");
                        assertThat(e.getViolations().get(0).message(Locale.forLanguageTag("da")))
                                .isEqualTo("indeholder en gemt AgreementState-kode, som denne version ikke kender");
                    })
                    .hasMessageContaining(stored.getId().toString());
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void rows_that_break_an_invariant_are_reported_by_every_read_and_by_an_update_that_reads_them(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            JdbcAllianceStore store = JdbcAllianceStore.create(db.dataSource(), db.config().build());
            Alliance stored = store.insert(Alliances.full(IdGenerator.seeded(82), "751"));
            // A draft that carries a signing date and signatories breaks the state rules of agreements.
            db.execute("UPDATE " + db.qualified("wa_agreement") + " SET state = 'IN_DIALOGUE'");

            // A store that has not seen this version reads the rows, and finds them invalid.
            JdbcAllianceStore other = JdbcAllianceStore.create(db.dataSource(), db.config().build());
            assertThatThrownBy(() -> other.findById(stored.getId())).isInstanceOf(StoredDataInvalidException.class)
                    .hasMessageContaining("stored alliance " + stored.getId() + " is invalid")
                    .hasMessageContaining("agreement.state.field-not-allowed")
                    .hasMessageNotContaining("{dk.welfarealliance");
            assertThatThrownBy(() -> other.findByNaturalKey(stored.getFederation(), stored.getMunicipality()))
                    .isInstanceOf(StoredDataInvalidException.class);
            assertThatThrownBy(() -> other.query(AllianceCriteria.all(), PageRequest.first(10)))
                    .isInstanceOf(StoredDataInvalidException.class);
            assertThatThrownBy(() -> other.update(stored)).isInstanceOf(StoredDataInvalidException.class);

            // The store that wrote it does not see a hand edit that left the revision alone (as documented) ...
            assertThat(store.findById(stored.getId())).containsSame(stored);
            // ... and reads the rows again once the edit resets the revision.
            db.execute("UPDATE " + db.qualified("wa_alliance") + " SET revision = NULL");
            assertThatThrownBy(() -> store.findById(stored.getId())).isInstanceOf(StoredDataInvalidException.class);
            assertThatThrownBy(() -> store.update(stored)).isInstanceOf(StoredDataInvalidException.class);
            assertThat(store.count(AllianceCriteria.all())).isEqualTo(1);
            store.delete(stored.getId(), 1);
            assertThat(store.count(AllianceCriteria.all())).isZero();
        }
    }
}
