package dk.welfarealliance.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.testing.AllianceStory;
import dk.welfarealliance.testing.Rejected;
import org.junit.jupiter.api.Test;

/**
 * Which page to read: a size of 1 to {@value PageRequest#MAX_SIZE} exactly (never clamped), the default sort, a
 * continuation in the cursor's own sort, and the check of the cursor against the query's criteria.
 */
class PageRequestTest {
    private final Alliance aarhus = AllianceStory.inAarhus().alliance();

    @Test
    void the_largest_page_is_two_hundred_alliances() {
        assertThat(PageRequest.MAX_SIZE).isEqualTo(200);
    }

    @Test
    void a_first_page_is_sorted_by_municipality_and_continues_after_nothing() {
        PageRequest first = PageRequest.first(25);

        assertThat(first.getSize()).isEqualTo(25);
        assertThat(first.getSort()).isEqualTo(AllianceSort.MUNICIPALITY);
        assertThat(first.getAfter()).isEmpty();
    }

    @Test
    void a_first_page_may_ask_for_another_sort() {
        PageRequest first = PageRequest.first(25, AllianceSort.LATEST_SIGNED_END);

        assertThat(first.getSize()).isEqualTo(25);
        assertThat(first.getSort()).isEqualTo(AllianceSort.LATEST_SIGNED_END);
        assertThat(first.getAfter()).isEmpty();
    }

    @Test
    void a_page_of_one_and_a_page_of_the_maximum_size_are_accepted() {
        assertThat(PageRequest.first(1).getSize()).isEqualTo(1);
        assertThat(PageRequest.first(PageRequest.MAX_SIZE).getSize()).isEqualTo(PageRequest.MAX_SIZE);
        assertThat(PageRequest.first(1, AllianceSort.LATEST_SIGNED_END).getSize()).isEqualTo(1);
        Cursor cursor = Cursor.after(aarhus, AllianceCriteria.all(), AllianceSort.MUNICIPALITY);
        assertThat(PageRequest.after(cursor, 1).getSize()).isEqualTo(1);
        assertThat(PageRequest.after(cursor, PageRequest.MAX_SIZE).getSize()).isEqualTo(PageRequest.MAX_SIZE);
    }

    @Test
    void a_page_of_zero_items_is_rejected_not_clamped() {
        assertThatThrownBy(() -> PageRequest.first(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was 0");
        assertThatThrownBy(() -> PageRequest.first(-1, AllianceSort.MUNICIPALITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_page_one_larger_than_the_maximum_is_rejected_not_clamped() {
        assertThatThrownBy(() -> PageRequest.first(PageRequest.MAX_SIZE + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("200").hasMessageContaining("201");
        Cursor cursor = Cursor.after(aarhus, AllianceCriteria.all(), AllianceSort.MUNICIPALITY);
        assertThatThrownBy(() -> PageRequest.after(cursor, PageRequest.MAX_SIZE + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageRequest.after(cursor, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_next_page_continues_after_its_cursor_in_the_cursors_sort() {
        for (AllianceSort sort : AllianceSort.values()) {
            Cursor cursor = Cursor.after(aarhus, AllianceCriteria.all(), sort);

            PageRequest next = PageRequest.after(cursor, 10);

            assertThat(next.getSize()).isEqualTo(10);
            assertThat(next.getSort()).isEqualTo(sort);
            assertThat(next.getAfter()).contains(cursor);
        }
    }

    @Test
    void for_a_backend_the_cursor_of_a_next_page_is_given_when_it_belongs_to_the_querys_criteria() {
        AllianceCriteria dbu = AllianceCriteria.builder().federation(FederationCode.DBU).build();
        Cursor cursor = Cursor.after(aarhus, dbu, AllianceSort.LATEST_SIGNED_END);

        assertThat(PageRequest.after(cursor, 10).afterFor(dbu)).contains(cursor);
    }

    @Test
    void for_a_backend_a_cursor_of_other_criteria_is_rejected() {
        Cursor cursor = Cursor.after(aarhus, AllianceCriteria.all(), AllianceSort.MUNICIPALITY);
        AllianceCriteria dbu = AllianceCriteria.builder().federation(FederationCode.DBU).build();

        assertThatThrownBy(() -> PageRequest.after(cursor, 10).afterFor(dbu))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other criteria");
    }

    @Test
    void for_a_backend_a_first_page_has_no_cursor_whatever_the_criteria() {
        AllianceCriteria dbu = AllianceCriteria.builder().federation(FederationCode.DBU).build();

        assertThat(PageRequest.first(10).afterFor(dbu)).isEmpty();
        assertThat(PageRequest.first(10, AllianceSort.LATEST_SIGNED_END).afterFor(AllianceCriteria.all())).isEmpty();
    }

    @Test
    void a_page_request_describes_its_size_sort_and_cursor() {
        Cursor cursor = Cursor.after(aarhus, AllianceCriteria.all(), AllianceSort.LATEST_SIGNED_END);

        assertThat(PageRequest.first(17).toString()).contains("17").contains("MUNICIPALITY").doesNotContain("after");
        assertThat(PageRequest.after(cursor, 17).toString()).contains("17").contains("LATEST_SIGNED_END")
                .contains(cursor.token());
    }

    @Test
    void a_missing_sort_or_cursor_is_rejected_naming_the_argument() {
        Rejected.with(() -> PageRequest.first(10, null), "PageRequest", "sort", "value.null");
        Rejected.with(() -> PageRequest.after(null, 10), "PageRequest", "cursor", "value.null");
    }
}
