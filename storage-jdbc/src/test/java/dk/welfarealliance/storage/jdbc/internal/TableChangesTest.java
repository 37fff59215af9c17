package dk.welfarealliance.storage.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TableChangesTest {
    private static final UUID ALLIANCE = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private final TableNames names = new TableNames("wa_", Optional.empty());

    private static HistoryTable.Row entry(long seq, String reason) {
        return new HistoryTable.Row(ALLIANCE, seq, "ALLIANCE_EDITED", null, null, null, null, Instant.EPOCH, "user:1", reason);
    }

    private static ClubTable.Row club(String id, int position, String name) {
        return new ClubTable.Row(ALLIANCE, UUID.fromString(id), position, name, null);
    }

    @Test
    void rows_equal_to_the_stored_ones_are_neither_inserted_updated_nor_deleted() {
        ClubTable.Row a = club("00000000-0000-4000-8000-00000000000a", 0, "A");
        ClubTable.Row b = club("00000000-0000-4000-8000-00000000000b", 1, "B");
        ClubTable.Row c = club("00000000-0000-4000-8000-00000000000c", 2, "C");
        ClubTable.Row bMoved = club("00000000-0000-4000-8000-00000000000b", 0, "B");

        TableChanges<ClubTable.Row> changes = TableChanges.between(new ClubTable(names), List.of(a, b), List.of(bMoved, c));

        assertThat(changes.inserts()).containsExactly(c);
        assertThat(changes.updates()).containsExactly(bMoved);
        assertThat(changes.deletes()).containsExactly(a);
    }

    @Test
    void history_only_ever_takes_inserts() {
        HistoryTable history = new HistoryTable(names);

        assertThat(TableChanges.between(history, List.of(entry(1, "x")), List.of(entry(1, "x"), entry(2, "y"))).inserts())
                .containsExactly(entry(2, "y"));
        assertThatThrownBy(() -> TableChanges.between(history, List.of(entry(1, "x")), List.of(entry(1, "changed"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("only takes inserts");
        assertThatThrownBy(() -> TableChanges.between(history, List.of(entry(1, "x")), List.of()))
                .isInstanceOf(IllegalStateException.class);
    }
}
