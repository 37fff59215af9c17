package dk.welfarealliance.examples;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.report.Reports;
import dk.welfarealliance.report.html.PortfolioPage;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.Page;
import dk.welfarealliance.storage.PageRequest;
import dk.welfarealliance.storage.jdbc.JdbcAllianceStore;
import dk.welfarealliance.storage.jdbc.JdbcStoreConfig;
import dk.welfarealliance.storage.jdbc.SchemaMode;
import dk.welfarealliance.storage.memory.InMemoryAllianceStore;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The README's first command. Keeps alliances in an H2 database file under {@code welfare-alliance-data/}
 * in the current directory (or, with {@code --memory}, in memory), shows what earlier runs stored, runs the
 * {@link AllianceTour}, and prints every alliance with its phases and history, then the coverage of the
 * municipalities by local union and the renewal pipeline of the next three years, and writes the portfolio page
 * (map, timeline, pipeline, elite delivery; {@link PortfolioPage}) to {@code welfare-alliance-data/portfolio.html},
 * in Danish with {@code --da}. Running it again adds to what is stored.
 */
public final class WelfareAllianceExample {
    /** Where the example keeps its database, relative to the working directory. */
    static final Path DATA_FOLDER = Path.of("welfare-alliance-data");
    /** Where the example writes the portfolio page, relative to the working directory. */
    static final Path PAGE = DATA_FOLDER.resolve("portfolio.html");

    private WelfareAllianceExample() {}

    public static void main(String[] args) {
        boolean inMemory = List.of(args).contains("--memory");
        AllianceStore store = inMemory ? new InMemoryAllianceStore() : h2FileStore(DATA_FOLDER);
        System.out.println(inMemory
                ? "Keeping alliances in memory (nothing is saved)."
                : "Keeping alliances in the H2 database " + DATA_FOLDER.toAbsolutePath().resolve("alliances.mv.db"));
        Locale locale = List.of(args).contains("--da") ? Locale.forLanguageTag("da-DK") : Locale.ENGLISH;
        run(new AllianceService(Lifecycle.withDefaults(), store), System.out, PAGE, locale);
    }

    /** {@link #run(AllianceService, PrintStream)}, then writes the portfolio page of today to {@code page}. */
    static void run(AllianceService service, PrintStream out, Path page, Locale locale) {
        run(service, out);
        Path written = PortfolioPage.of(service).write(page, service.lifecycle().today(), locale);
        out.println();
        out.println("Wrote the portfolio page (map, timeline, pipeline, elite delivery) to "
                + written.toAbsolutePath().normalize().toUri());
    }

    /** Shows what is stored, runs the tour, shows the result. */
    static void run(AllianceService service, PrintStream out) {
        AllianceReport report = new AllianceReport(service.lifecycle().catalogue(), out);
        List<Alliance> before = all(service.store());
        out.println("Stored before this run: " + before.size() + " alliances");
        before.forEach(report::printSummary);
        out.print(new AllianceTour(service).run());
        out.println();
        out.println("Welfare alliances on " + service.lifecycle().today() + ":");
        all(service.store()).forEach(a -> report.print(a, service.lifecycle().today()));
        Reports reports = Reports.of(service);
        LocalDate today = reports.today();
        out.println();
        out.print(reports.coverage(today).byLocalUnionTable().toText());
        out.println();
        out.print(reports.renewalPipeline(today, Period.ofYears(3)).toTable().toText());
    }

    /** @return a JDBC store on an H2 file database in {@code folder}, creating the tables on first use */
    static AllianceStore h2FileStore(Path folder) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + folder.toAbsolutePath().resolve("alliances") + ";DB_CLOSE_DELAY=-1");
        return JdbcAllianceStore.create(h2, JdbcStoreConfig.builder().schemaMode(SchemaMode.CREATE_IF_MISSING).build());
    }

    private static List<Alliance> all(AllianceStore store) {
        List<Alliance> all = new ArrayList<>();
        Page page = store.query(AllianceCriteria.all(), PageRequest.first(50));
        all.addAll(page.getItems());
        while (page.getNext().isPresent()) {
            page = store.query(AllianceCriteria.all(), PageRequest.after(page.getNext().get(), 50));
            all.addAll(page.getItems());
        }
        return all;
    }
}
