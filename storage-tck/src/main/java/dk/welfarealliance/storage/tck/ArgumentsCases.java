package dk.welfarealliance.storage.tck;

import static dk.welfarealliance.storage.tck.SampleAlliances.AARHUS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.PageRequest;
import dk.welfarealliance.validation.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * Argument checks that do not depend on stored data (docs/storage-contract.md): every backend rejects the same calls the
 * same way, which core's {@code StoreContract} implements once.
 */
abstract class ArgumentsCases extends ContractCases {
    ArgumentsCases(AllianceStoreContract contract) {
        super(contract);
    }

    @Test
    @SuppressWarnings("NullAway") // passes null where the SPI forbids it, on purpose: the typed error is the contract
    void null_arguments_are_rejected_with_the_validation_error() {
        Alliance stored = store.insert(SampleAlliances.minimal(IdGenerator.seeded(40), AARHUS));

        assertThatThrownBy(() -> store.insert(null)).as("insert(null)").isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> store.update(null)).as("update(null)").isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> store.delete(null, 1)).as("delete(null, 1)").isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> store.findById(null)).as("findById(null)").isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> store.findByNaturalKey(null, AARHUS)).as("findByNaturalKey(null, code)")
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> store.findByNaturalKey(FederationCode.DBU, null)).as("findByNaturalKey(code, null)")
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> store.query(null, PageRequest.first(10))).as("query(null, page)")
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> store.query(AllianceCriteria.all(), null)).as("query(criteria, null)")
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> store.count(null)).as("count(null)").isInstanceOf(ValidationException.class);
        Same.found(store.findById(stored.getId()), stored, "nothing changed");
    }

    @Test
    void insert_of_an_alliance_that_has_a_version_is_rejected() {
        Alliance versioned = SampleAlliances.minimal(IdGenerator.seeded(41), AARHUS).withVersion(1);

        assertThatThrownBy(() -> store.insert(versioned)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.count(AllianceCriteria.all())).isZero();
    }

    @Test
    void update_of_a_value_at_version_0_is_rejected() {
        Alliance stored = store.insert(SampleAlliances.minimal(IdGenerator.seeded(42), AARHUS));

        assertThatThrownBy(() -> store.update(SampleAlliances.edited(stored, "no version").withVersion(0)))
                .isInstanceOf(IllegalArgumentException.class);
        Same.found(store.findById(stored.getId()), stored, "findById");
    }

    @Test
    void delete_with_an_expected_version_below_1_is_rejected() {
        Alliance stored = store.insert(SampleAlliances.minimal(IdGenerator.seeded(43), AARHUS));

        assertThatThrownBy(() -> store.delete(stored.getId(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.delete(stored.getId(), -1)).isInstanceOf(IllegalArgumentException.class);
        Same.found(store.findById(stored.getId()), stored, "findById");
    }
}
