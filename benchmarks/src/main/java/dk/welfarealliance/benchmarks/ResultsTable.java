package dk.welfarealliance.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns JMH result files ({@code -rf json}) into the Markdown table of docs/benchmarks.md and prints it.
 *
 * <p>Naming convention: a benchmark method {@code op} is the library side; every method {@code
 * op_baseline<Name>} of the same class is one of its baselines, paired with it when all parameters are equal.
 * Each pair is one row: the library's score, the baseline's score and their ratio (library / baseline, both
 * in the library's unit). A library benchmark without a baseline, or a baseline without its library side, is
 * listed with a dash, so a missing half shows.
 *
 * <p>Usage: {@code ResultsTable [--cold-start=ms,ms,...] [--bare-start=ms,ms,...] OUT.md IN.json...}; the two
 * options add the cold-start row (medians of the process times run.sh measured).
 */
public final class ResultsTable {
    static final String BASELINE = "_baseline";

    private ResultsTable() {}

    /** One benchmark result: class, method, parameters, score and unit. */
    record Result(String benchmarkClass, String method, Map<String, String> params, double score, double error,
            String unit) {
        String operation() {
            int i = method.indexOf(BASELINE);
            return i < 0 ? method : method.substring(0, i);
        }

        boolean isBaseline() {
            return method.contains(BASELINE);
        }

        String baselineName() {
            return method.substring(method.indexOf(BASELINE) + BASELINE.length());
        }

        String paramText() {
            return params.isEmpty() ? "" : params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(", "));
        }
    }

    public static void main(String[] args) throws IOException {
        List<Long> cold = List.of();
        List<Long> bare = List.of();
        List<String> files = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--cold-start=")) {
                cold = millis(a.substring("--cold-start=".length()));
            } else if (a.startsWith("--bare-start=")) {
                bare = millis(a.substring("--bare-start=".length()));
            } else {
                files.add(a);
            }
        }
        if (files.size() < 2) {
            System.err.println("usage: ResultsTable [--cold-start=ms,...] [--bare-start=ms,...] OUT.md IN.json...");
            System.exit(2);
        }
        List<Result> results = new ArrayList<>();
        for (String in : files.subList(1, files.size())) {
            results.addAll(read(Files.readString(Path.of(in), StandardCharsets.UTF_8)));
        }
        String table = markdown(results, cold, bare);
        Files.writeString(Path.of(files.get(0)), table, StandardCharsets.UTF_8);
        System.out.print(table);
    }

    private static List<Long> millis(String list) {
        return list.isBlank() ? List.of()
                : Arrays.stream(list.split(",")).map(String::trim).map(Long::valueOf).toList();
    }

    /** @return the results of one JMH JSON file */
    @SuppressWarnings("unchecked") // JSON objects read as maps of strings to values
    static List<Result> read(String json) {
        List<Result> results = new ArrayList<>();
        for (Object o : (List<Object>) Json.parse(json)) {
            Map<String, Object> run = (Map<String, Object>) o;
            String benchmark = (String) run.get("benchmark");
            int dot = benchmark.lastIndexOf('.');
            String cls = benchmark.substring(benchmark.lastIndexOf('.', dot - 1) + 1, dot);
            Map<String, String> params = new LinkedHashMap<>();
            Object p = run.get("params");
            if (p != null) {
                ((Map<String, Object>) p).forEach((k, v) -> params.put(k, String.valueOf(v)));
            }
            Map<String, Object> metric = (Map<String, Object>) run.get("primaryMetric");
            results.add(new Result(cls, benchmark.substring(dot + 1), params, number(metric.get("score")),
                    number(metric.get("scoreError")), (String) metric.get("scoreUnit")));
        }
        return results;
    }

    private static double number(Object o) {
        return o instanceof Double d ? d : Double.NaN; // JMH writes "NaN" as a string, e.g. the error of 1 iteration
    }

    /** @return the Markdown table of {@code results}, in their order, and the cold-start row if given */
    static String markdown(List<Result> results, List<Long> cold, List<Long> bare) {
        StringBuilder b = new StringBuilder();
        b.append("| benchmark | parameters | library | baseline | baseline score | library / baseline |\n");
        b.append("|---|---|---:|---|---:|---:|\n");
        for (Result r : results) {
            if (r.isBaseline()) {
                if (results.stream().noneMatch(l -> !l.isBaseline() && pairs(l, r))) {
                    row(b, r.benchmarkClass() + "." + r.operation(), r.paramText(), "—", r.baselineName(),
                            score(r), "—");
                }
                continue;
            }
            List<Result> baselines = results.stream().filter(x -> x.isBaseline() && pairs(r, x)).toList();
            if (baselines.isEmpty()) {
                row(b, r.benchmarkClass() + "." + r.method(), r.paramText(), score(r), "—", "—", "—");
            }
            for (Result x : baselines) {
                double baseline = inUnit(x.score(), x.unit(), r.unit());
                row(b, r.benchmarkClass() + "." + r.method(), r.paramText(), score(r), x.baselineName(),
                        format(baseline) + " " + r.unit(), ratio(r.score(), baseline));
            }
        }
        if (!cold.isEmpty() && !bare.isEmpty()) {
            double c = median(cold);
            double j = median(bare);
            row(b, "ColdStart.firstValidatedAlliance", "process, median of " + cold.size(), format(c) + " ms",
                    "BareJvm", format(j) + " ms", ratio(c, j));
        }
        return b.toString();
    }

    private static boolean pairs(Result library, Result baseline) {
        return library.benchmarkClass().equals(baseline.benchmarkClass())
                && library.method().equals(baseline.operation())
                && library.params().equals(baseline.params());
    }

    private static void row(StringBuilder b, String... cells) {
        b.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    private static String score(Result r) {
        return format(r.score()) + (Double.isNaN(r.error()) ? "" : " ± " + format(r.error())) + " " + r.unit();
    }

    private static String ratio(double library, double baseline) {
        return baseline > 0 ? String.format(Locale.ROOT, "%.2f×", library / baseline) : "—";
    }

    static String format(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        double a = Math.abs(v);
        String pattern = a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, v);
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** @return {@code value}, measured in {@code from} (e.g. {@code ns/op}), in {@code to} */
    static double inUnit(double value, String from, String to) {
        if (from.equals(to)) {
            return value;
        }
        return value * nanos(from) / nanos(to);
    }

    private static double nanos(String unit) {
        return switch (unit) {
            case "ns/op" -> 1;
            case "us/op" -> 1e3;
            case "ms/op" -> 1e6;
            case "s/op" -> 1e9;
            default -> throw new IllegalArgumentException("cannot compare a score in " + unit
                    + " with one in another unit: give both sides the same @OutputTimeUnit");
        };
    }
}
