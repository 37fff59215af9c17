package dk.welfarealliance.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.testing.AllianceStory;
import dk.welfarealliance.testing.Rejected;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The store's shared argument checks: the version an insert, update or delete may take (exactly at 0 and 1), a null
 * argument named in the typed error, and an update that keeps the natural key and only appends to the history.
 */
class StoreContractTest {
    private final AllianceStory story = AllianceStory.inAarhus();
    private final Alliance fresh = story.alliance();

    private static Alliance atVersion(Alliance alliance, long version) {
        return Alliance.builder().from(alliance).version(version).build();
    }

    @Test
    void an_insert_takes_an_alliance_at_version_zero() {
        assertThatCode(() -> StoreContract.checkInsert(fresh)).doesNotThrowAnyException();
    }

    @Test
    void an_insert_of_an_alliance_at_version_one_is_rejected_naming_the_alliance() {
        assertThatThrownBy(() -> StoreContract.checkInsert(atVersion(fresh, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(fresh.getId().toString());
    }

    @Test
    void an_update_takes_an_alliance_at_version_one_or_more() {
        assertThatCode(() -> StoreContract.checkUpdate(atVersion(fresh, 1))).doesNotThrowAnyException();
        assertThatCode(() -> StoreContract.checkUpdate(atVersion(fresh, 7))).doesNotThrowAnyException();
    }

    @Test
    void an_update_of_an_alliance_at_version_zero_is_rejected_naming_the_alliance() {
        assertThatThrownBy(() -> StoreContract.checkUpdate(fresh))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(fresh.getId().toString());
    }

    @Test
    void a_delete_expects_a_stored_version_of_one_or_more() {
        assertThatCode(() -> StoreContract.checkDelete(fresh.getId(), 1)).doesNotThrowAnyException();
        assertThatCode(() -> StoreContract.checkDelete(fresh.getId(), Long.MAX_VALUE)).doesNotThrowAnyException();
    }

    @Test
    void a_delete_expecting_version_zero_or_below_is_rejected() {
        assertThatThrownBy(() -> StoreContract.checkDelete(fresh.getId(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 0");
        assertThatThrownBy(() -> StoreContract.checkDelete(fresh.getId(), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_required_argument_is_returned_as_it_is() {
        assertThat(StoreContract.requireArgument(fresh, "alliance")).isSameAs(fresh);
    }

    @Test
    void a_null_argument_is_rejected_under_its_own_name() {
        Rejected.with(() -> StoreContract.requireArgument(null, "federation"), "AllianceStore", "federation",
                "value.null");
        Rejected.with(() -> StoreContract.requireArgument(fresh, null), "AllianceStore", "name", "value.null");
    }

    @Test
    void the_checks_reject_a_null_alliance_or_id_with_the_typed_error() {
        Rejected.with(() -> StoreContract.checkInsert(null), "AllianceStore", "alliance", "value.null");
        Rejected.with(() -> StoreContract.checkUpdate(null), "AllianceStore", "alliance", "value.null");
        Rejected.with(() -> StoreContract.checkDelete(null, 1), "AllianceStore", "id", "value.null");
        Rejected.with(() -> StoreContract.checkUpdateAgainst(null, fresh), "AllianceStore", "stored", "value.null");
        Rejected.with(() -> StoreContract.checkUpdateAgainst(fresh, null), "AllianceStore", "updated", "value.null");
        List<HistoryEntry> history = fresh.getHistory();
        Rejected.with(() -> StoreContract.checkHistoryExtends(null, history, history), "AllianceStore", "id",
                "value.null");
        Rejected.with(() -> StoreContract.checkHistoryExtends(fresh.getId(), null, history), "AllianceStore",
                "stored", "value.null");
        Rejected.with(() -> StoreContract.checkHistoryExtends(fresh.getId(), history, null), "AllianceStore",
                "updated", "value.null");
    }

    @Test
    void an_update_that_keeps_the_natural_key_and_appends_to_the_history_passes() {
        story.open("Velfærdsalliance");
        Alliance updated = story.alliance();

        assertThat(updated.getHistory()).hasSizeGreaterThan(fresh.getHistory().size());
        assertThatCode(() -> StoreContract.checkUpdateAgainst(fresh, updated)).doesNotThrowAnyException();
        assertThatCode(() -> StoreContract.checkUpdateAgainst(updated, updated)).doesNotThrowAnyException();
    }

    @Test
    void an_update_that_changes_the_municipality_is_rejected() {
        Alliance moved = fresh.withMunicipality(MunicipalityCode.of("461"));

        assertThatThrownBy(() -> StoreContract.checkUpdateAgainst(fresh, moved))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("natural key");
    }

    @Test
    void an_update_that_changes_the_federation_is_rejected() {
        Alliance otherFederation = fresh.withFederation(FederationCode.of("DGI"));

        assertThatThrownBy(() -> StoreContract.checkUpdateAgainst(fresh, otherFederation))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("natural key");
    }

    @Test
    void an_update_that_drops_history_is_rejected() {
        story.open("Velfærdsalliance");
        Alliance stored = story.alliance();

        assertThatThrownBy(() -> StoreContract.checkUpdateAgainst(stored, fresh))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("append-only");
    }

    @Test
    void an_update_that_rewrites_an_entry_of_the_stored_history_is_rejected() {
        story.open("Velfærdsalliance");
        Alliance stored = story.alliance();
        List<HistoryEntry> history = stored.getHistory();
        HistoryEntry last = history.get(history.size() - 1);
        List<HistoryEntry> rewritten = new ArrayList<>(history.subList(0, history.size() - 1));
        rewritten.add(HistoryEntry.builder().from(last).actor(ActorRef.of("user:someone-else")).build());
        Alliance updated = stored.withHistory(rewritten);

        assertThatThrownBy(() -> StoreContract.checkUpdateAgainst(stored, updated))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("append-only");
    }

    @Test
    void a_history_extends_the_stored_one_when_the_stored_one_is_its_prefix() {
        AllianceId id = fresh.getId();
        HistoryEntry one = entry(1, "user:a");
        HistoryEntry two = entry(2, "user:b");

        assertThatCode(() -> StoreContract.checkHistoryExtends(id, List.of(), List.of())).doesNotThrowAnyException();
        assertThatCode(() -> StoreContract.checkHistoryExtends(id, List.of(), List.of(one)))
                .doesNotThrowAnyException();
        assertThatCode(() -> StoreContract.checkHistoryExtends(id, List.of(one), List.of(one)))
                .doesNotThrowAnyException();
        assertThatCode(() -> StoreContract.checkHistoryExtends(id, List.of(one), List.of(one, two)))
                .doesNotThrowAnyException();
    }

    @Test
    void a_history_shorter_than_or_diverging_from_the_stored_one_is_rejected_naming_the_alliance() {
        AllianceId id = fresh.getId();
        HistoryEntry one = entry(1, "user:a");
        HistoryEntry two = entry(2, "user:b");
        HistoryEntry otherTwo = entry(2, "user:c");

        assertThatThrownBy(() -> StoreContract.checkHistoryExtends(id, List.of(one, two), List.of(one)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(id.toString())
                .hasMessageContaining("stored 2 entries, new 1");
        assertThatThrownBy(() -> StoreContract.checkHistoryExtends(id, List.of(one, two), List.of(one, otherTwo)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StoreContract.checkHistoryExtends(id, List.of(two), List.of(one, two)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private HistoryEntry entry(long seq, String actor) {
        return HistoryEntry.builder().from(fresh.getHistory().get(0)).seq(seq).actor(ActorRef.of(actor)).build();
    }
}
