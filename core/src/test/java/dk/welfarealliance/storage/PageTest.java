package dk.welfarealliance.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.testing.AllianceStory;
import dk.welfarealliance.testing.Fixtures;
import dk.welfarealliance.testing.Rejected;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One page of a result: its alliances in the order given, kept as a copy the caller cannot change, and the cursor of
 * the next page exactly when one was given.
 */
class PageTest {
    private final Alliance aarhus = AllianceStory.inAarhus().alliance();
    private final Alliance odense = AllianceStory.on(Fixtures.lifecycle(2), MunicipalityCode.of("461")).alliance();

    @Test
    void a_page_keeps_its_alliances_in_the_order_given() {
        Page page = Page.of(List.of(odense, aarhus), Optional.empty());

        assertThat(page.getItems()).containsExactly(odense, aarhus);
    }

    @Test
    void a_page_followed_by_more_carries_the_cursor_of_the_next_page() {
        Cursor next = Cursor.after(aarhus, AllianceCriteria.all(), AllianceSort.MUNICIPALITY);

        Page page = Page.of(List.of(aarhus), Optional.of(next));

        assertThat(page.getNext()).contains(next);
    }

    @Test
    void the_last_page_has_no_next_cursor() {
        assertThat(Page.of(List.of(aarhus), Optional.empty()).getNext()).isEmpty();
        assertThat(Page.of(List.of(), Optional.empty()).getItems()).isEmpty();
    }

    @Test
    void a_page_is_a_copy_that_neither_the_caller_nor_a_reader_can_change() {
        List<Alliance> items = new ArrayList<>(List.of(aarhus));
        Page page = Page.of(items, Optional.empty());

        items.add(odense);

        assertThat(page.getItems()).containsExactly(aarhus);
        assertThatThrownBy(() -> page.getItems().add(odense)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_page_describes_how_many_alliances_it_holds_and_its_next_cursor() {
        Cursor next = Cursor.after(aarhus, AllianceCriteria.all(), AllianceSort.MUNICIPALITY);

        assertThat(Page.of(List.of(aarhus, odense), Optional.of(next)).toString()).contains("2")
                .contains(next.token());
        assertThat(Page.of(List.of(aarhus), Optional.empty()).toString()).contains("1").doesNotContain("next");
    }

    @Test
    void missing_items_or_a_missing_next_are_rejected_naming_the_argument() {
        Rejected.with(() -> Page.of(null, Optional.empty()), "Page", "items", "value.null");
        Rejected.with(() -> Page.of(List.of(), null), "Page", "next", "value.null");
    }
}
