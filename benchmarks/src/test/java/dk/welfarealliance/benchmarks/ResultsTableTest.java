package dk.welfarealliance.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsTableTest {
    private static final String JSON = """
            [
              {"benchmark": "dk.welfarealliance.benchmarks.JdbcStoreBenchmark.load", "mode": "avgt",
               "params": {"children": "typical", "db": "h2"},
               "primaryMetric": {"score": 300.0, "scoreError": 12.5, "scoreUnit": "us/op", "rawData": [[1.0, 2.0]]}},
              {"benchmark": "dk.welfarealliance.benchmarks.JdbcStoreBenchmark.load_baselineRawJdbc", "mode": "avgt",
               "params": {"children": "typical", "db": "h2"},
               "primaryMetric": {"score": 100.0, "scoreError": "NaN", "scoreUnit": "us/op"}},
              {"benchmark": "dk.welfarealliance.benchmarks.JdbcStoreBenchmark.load_baselineRawJdbc", "mode": "avgt",
               "params": {"children": "typical", "db": "postgresql"},
               "primaryMetric": {"score": 150.0, "scoreError": 1.0, "scoreUnit": "us/op"}},
              {"benchmark": "dk.welfarealliance.benchmarks.MemoryStoreBenchmark.findById", "mode": "avgt",
               "primaryMetric": {"score": 2.0, "scoreError": 0.1, "scoreUnit": "us/op"}},
              {"benchmark": "dk.welfarealliance.benchmarks.MemoryStoreBenchmark.findById_baselineMap", "mode": "avgt",
               "primaryMetric": {"score": 500.0, "scoreError": 0.1, "scoreUnit": "ns/op"}}
            ]
            """;

    @Test
    void a_library_benchmark_and_its_baseline_with_the_same_parameters_make_one_row_with_their_ratio() {
        String table = ResultsTable.markdown(ResultsTable.read(JSON), List.of(), List.of());

        assertThat(table).contains("| JdbcStoreBenchmark.load | children=typical, db=h2 | 300 ± 12.5 us/op "
                + "| RawJdbc | 100 us/op | 3.00× |");
    }

    @Test
    void a_baseline_in_another_unit_is_converted_to_the_library_s_unit() {
        String table = ResultsTable.markdown(ResultsTable.read(JSON), List.of(), List.of());

        assertThat(table).contains("| MemoryStoreBenchmark.findById |  | 2.00 ± 0.100 us/op | Map | 0.500 us/op | 4.00× |");
    }

    @Test
    void a_baseline_whose_library_side_is_missing_is_listed_with_a_dash() {
        String table = ResultsTable.markdown(ResultsTable.read(JSON), List.of(), List.of());

        assertThat(table).contains("| JdbcStoreBenchmark.load | children=typical, db=postgresql | — | RawJdbc |");
    }

    @Test
    void the_cold_start_row_compares_the_medians_of_the_process_times() {
        String table = ResultsTable.markdown(List.of(), List.of(900L, 800L, 1000L, 850L, 2000L), List.of(100L, 90L, 400L, 80L, 95L));

        assertThat(table).contains("| ColdStart.firstValidatedAlliance | process, median of 5 | 900 ms | BareJvm | 95.0 ms | 9.47× |");
    }
}
