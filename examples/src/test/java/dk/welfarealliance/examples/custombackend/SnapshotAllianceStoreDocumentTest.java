package dk.welfarealliance.examples.custombackend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.storage.StoredDataInvalidException;
import dk.welfarealliance.storage.tck.reference.ExampleDataSet;
import org.junit.jupiter.api.Test;

/** What the contract leaves to the backend: a stored document that no longer reads names the alliance. */
class SnapshotAllianceStoreDocumentTest {

    @Test
    void a_document_edited_into_an_invalid_alliance_is_reported_as_stored_data_invalid_naming_it() {
        SnapshotAllianceStore store = new SnapshotAllianceStore();
        Alliance stored = store.insert(ExampleDataSet.alliances().get(0));
        store.putDocument(stored.getId(), "{\"formatVersion\":1}");
        assertThatThrownBy(() -> store.findById(stored.getId()))
                .isInstanceOfSatisfying(StoredDataInvalidException.class, e -> {
                    assertThat(e.getAllianceId()).isEqualTo(stored.getId());
                    assertThat(e.getViolations().get(0).getPath()).isEqualTo("$.id");
                });
    }
}
