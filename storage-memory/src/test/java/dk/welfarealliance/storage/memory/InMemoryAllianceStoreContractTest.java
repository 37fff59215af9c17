package dk.welfarealliance.storage.memory;

import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.tck.AllianceStoreContract;

/** The memory store runs the whole storage contract: every case of the TCK, none skipped. */
class InMemoryAllianceStoreContractTest extends AllianceStoreContract {

    @Override
    protected AllianceStore createStore() {
        return new InMemoryAllianceStore();
    }

    @Override
    protected void resetStore(AllianceStore store) {
        ((InMemoryAllianceStore) store).clear();
    }
}
