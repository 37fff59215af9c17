package dk.welfarealliance.examples.custombackend;

import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.tck.AllianceStoreContract;

/**
 * The whole storage contract on the template backend: this class is all a backend author writes to run the TCK.
 * It inherits the 82 cases; a failing case's name says which part of the contract the backend breaks.
 */
class SnapshotAllianceStoreContractTest extends AllianceStoreContract {

    @Override
    protected AllianceStore createStore() {
        return new SnapshotAllianceStore();
    }

    @Override
    protected void resetStore(AllianceStore store) {
        ((SnapshotAllianceStore) store).clear();
    }
}
