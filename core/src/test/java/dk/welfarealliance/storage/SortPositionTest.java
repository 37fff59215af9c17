package dk.welfarealliance.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.AllianceId;
import dk.welfarealliance.MunicipalityCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SortPositionTest {
    private static final AllianceId LOW = AllianceId.of(UUID.fromString("7fffffff-ffff-ffff-ffff-ffffffffffff"));
    private static final AllianceId HIGH = AllianceId.of(UUID.fromString("80000000-0000-0000-0000-000000000000"));
    private static final Optional<LocalDate> NO_END = Optional.empty();

    @Test
    void no_end_date_sorts_after_every_end_date_and_equal_to_another_absent_one() {
        Optional<LocalDate> max = Optional.of(LocalDate.of(9999, 12, 31));

        assertThat(SortPosition.compareLatestSignedEnds(max, NO_END)).isNegative();
        assertThat(SortPosition.compareLatestSignedEnds(NO_END, max)).isPositive();
        assertThat(SortPosition.compareLatestSignedEnds(NO_END, NO_END)).isZero();
        assertThat(SortPosition.compareLatestSignedEnds(Optional.of(LocalDate.of(2024, 1, 1)), max)).isNegative();
    }

    @Test
    void positions_sort_by_latest_signed_end_then_by_the_unsigned_id() {
        SortPosition noEndLow = SortPosition.of(MunicipalityCode.of("101"), NO_END, LOW);
        SortPosition noEndHigh = SortPosition.of(MunicipalityCode.of("101"), NO_END, HIGH);
        SortPosition ends2024 = SortPosition.of(MunicipalityCode.of("999"), Optional.of(LocalDate.of(2024, 12, 31)), HIGH);
        List<SortPosition> positions = new ArrayList<>(List.of(noEndHigh, noEndLow, ends2024));

        positions.sort(SortPosition.order(AllianceSort.LATEST_SIGNED_END));

        assertThat(positions).containsExactly(ends2024, noEndLow, noEndHigh);
    }

    @Test
    void positions_sort_by_municipality_then_by_the_unsigned_id() {
        SortPosition aarhusHigh = SortPosition.of(MunicipalityCode.of("751"), NO_END, HIGH);
        SortPosition aarhusLow = SortPosition.of(MunicipalityCode.of("751"), Optional.of(LocalDate.of(2024, 1, 1)), LOW);
        SortPosition odense = SortPosition.of(MunicipalityCode.of("461"), NO_END, HIGH);
        List<SortPosition> positions = new ArrayList<>(List.of(aarhusHigh, aarhusLow, odense));

        positions.sort(SortPosition.order(AllianceSort.MUNICIPALITY));

        assertThat(positions).containsExactly(odense, aarhusLow, aarhusHigh);
    }

    @Test
    void positions_are_values() {
        SortPosition one = SortPosition.of(MunicipalityCode.of("751"), NO_END, LOW);

        assertThat(one).isEqualTo(SortPosition.of(MunicipalityCode.of("751"), NO_END, LOW)).hasSameHashCodeAs(
                SortPosition.of(MunicipalityCode.of("751"), NO_END, LOW));
        assertThat(one).isNotEqualTo(SortPosition.of(MunicipalityCode.of("751"), NO_END, HIGH));
        assertThat(one.getMunicipality()).isEqualTo(MunicipalityCode.of("751"));
        assertThat(one.getLatestSignedEnd()).isEmpty();
        assertThat(one.getId()).isEqualTo(LOW);
        assertThat(one.toString()).contains("751", "no end", LOW.toString());
    }
}
