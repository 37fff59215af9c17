package dk.welfarealliance.report;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.FederationCode;
import dk.welfarealliance.LocalUnionCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.Phase;
import dk.welfarealliance.RegionCode;
import dk.welfarealliance.report.internal.Wording;
import dk.welfarealliance.testing.Rejected;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The report values on their own: their constructors reject a null element with the typed error naming the list,
 * local-union totals put the municipalities no union covers last, and table cells write numbers plainly and
 * enum constants as words.
 */
class ReportEdgesValuesTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static final FederationCode DBU = FederationCode.DBU;

    @Test
    void elite_delivery_rejects_a_null_commitment() {
        EliteEventCount none = new EliteEventCount(DAY, 0, 0, Map.of());

        Rejected.with(() -> new EliteDelivery(DBU, DAY, EliteDelivery.DEFAULT_AT_RISK_SHARE,
                Arrays.asList((CommitmentDelivery) null), none), "EliteDelivery", "commitments[]", "value.null");
    }

    @Test
    void focus_areas_reject_a_null_term_possibly_in_force() {
        Rejected.with(() -> new FocusAreasAndTargetGroups(DBU, DAY, 0, Arrays.asList((TermOnDay) null), List.of(),
                List.of()), "FocusAreasAndTargetGroups", "possiblyInForce[]", "value.null");
    }

    @Test
    void focus_areas_reject_a_null_focus_area_line() {
        Rejected.with(() -> new FocusAreasAndTargetGroups(DBU, DAY, 0, List.of(), Arrays.asList((FocusAreaCount) null),
                List.of()), "FocusAreasAndTargetGroups", "focusAreas[]", "value.null");
    }

    @Test
    void focus_areas_reject_a_null_target_group_line() {
        Rejected.with(() -> new FocusAreasAndTargetGroups(DBU, DAY, 0, List.of(), List.of(),
                Arrays.asList((TargetGroupCount) null)), "FocusAreasAndTargetGroups", "targetGroups[]", "value.null");
    }

    @Test
    void goal_progress_rejects_a_null_goal_line() {
        Rejected.with(() -> new GoalProgress(DBU, DAY, Arrays.asList((GoalLine) null)), "GoalProgress", "goals[]",
                "value.null");
    }

    private static MunicipalityCoverage line(String code, Optional<String> union) {
        MunicipalityEntry entry = MunicipalityEntry.builder().code(MunicipalityCode.of(code)).name("Kommune " + code)
                .region(RegionCode.of("1083")).regionName("Region Syddanmark")
                .localUnion(union.map(LocalUnionCode::of)).localUnionName(union.map(u -> "Union " + u)).build();
        return MunicipalityCoverage.builder().federation(DBU).day(DAY).municipality(entry)
                .status(CoverageStatus.NONE).build();
    }

    @Test
    void the_municipalities_no_local_union_covers_come_last_in_the_totals_by_union() {
        CoverageReport report = CoverageReport.builder().federation(DBU).day(DAY).fromDatedSteps(false)
                .addMunicipalities(line("101", Optional.empty()), line("461", Optional.of("DBU_FYN")),
                        line("561", Optional.of("DBU_JYLLAND")))
                .build();

        List<UnionCoverage> unions = report.byLocalUnion();

        assertThat(unions).extracting(UnionCoverage::getLocalUnion).containsExactly(
                Optional.of(LocalUnionCode.of("DBU_FYN")), Optional.of(LocalUnionCode.of("DBU_JYLLAND")),
                Optional.empty());
        assertThat(unions.get(2).getName()).isEqualTo(Labels.NO_LOCAL_UNION);
        assertThat(unions.get(2).getCounts().total()).isEqualTo(1);
    }

    @Test
    void a_present_number_is_written_plainly_without_trailing_zeros() {
        assertThat(Wording.orBlank(Optional.of(new BigDecimal("12.50")))).isEqualTo("12.5");
        assertThat(Wording.orBlank(Optional.of(new BigDecimal("1E+3")))).isEqualTo("1000");
    }

    @Test
    void a_present_enum_constant_is_written_as_lower_case_words() {
        assertThat(Wording.orBlank(Optional.of(Phase.POSSIBLY_IN_FORCE))).isEqualTo("possibly in force");
    }

    @Test
    void any_other_present_value_is_written_as_its_text_and_an_absent_one_as_a_blank() {
        assertThat(Wording.orBlank(Optional.of(DAY))).isEqualTo("2024-03-01");
        assertThat(Wording.orBlank(Optional.empty())).isEmpty();
    }
}
