package dk.welfarealliance.json;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.json.internal.AggregateCodecs;
import dk.welfarealliance.json.internal.In;
import dk.welfarealliance.json.internal.Jackson;
import dk.welfarealliance.json.internal.JsonErrors;
import dk.welfarealliance.json.internal.Out;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceSort;
import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.Page;
import dk.welfarealliance.storage.PageRequest;
import dk.welfarealliance.validation.ValidationException;
import dk.welfarealliance.validation.Violation;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.JsonNode;

/**
 * All alliances of a store as one JSON document, and back (docs/json-format.md, "Portfolio"): {@code {"formatVersion":
 * 1, "alliances": [...]}}, each element an alliance document of {@link AllianceJson}, in municipality order.
 *
 * <p>An export followed by an import into an empty store gives alliances equal to the exported ones except for the
 * version, which the target store numbers anew from 1. An import checks the whole document before it stores
 * anything, and refuses a document that would break the store's invariants.
 *
 * <p>Stateless and thread-safe. Readers and writers passed in are neither closed nor buffered here.
 */
public final class Portfolio {
    private static final int PAGE = PageRequest.MAX_SIZE;

    private Portfolio() {}

    /**
     * Writes every alliance of {@code store}, page by page in municipality order (a sort key that never changes, so
     * an alliance written to while the export runs is neither skipped nor repeated; each is as committed at one
     * moment, the whole is not one snapshot).
     *
     * @return the number of alliances written
     * @throws UncheckedIOException if {@code out} fails
     * @throws dk.welfarealliance.storage.StorageException if the store fails
     */
    public static long export(AllianceStore store, java.io.Writer out) {
        try (JsonGenerator generator = Jackson.MAPPER.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .createGenerator(out)) {
            Out o = new Out(generator).start().number("formatVersion", AllianceJson.FORMAT_VERSION);
            generator.writeName("alliances");
            generator.writeStartArray();
            long count = 0;
            Page page = store.query(AllianceCriteria.all(), PageRequest.first(PAGE, AllianceSort.MUNICIPALITY));
            while (true) {
                for (Alliance alliance : page.getItems()) {
                    AggregateCodecs.ALLIANCE.writer().write(o, alliance);
                    count++;
                }
                if (page.getNext().isEmpty()) {
                    break;
                }
                page = store.query(AllianceCriteria.all(), PageRequest.after(page.getNext().get(), PAGE));
            }
            generator.writeEndArray();
            o.end();
            return count;
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
    }

    /** @return {@code alliances} as one portfolio document, in the order given */
    public static String write(List<Alliance> alliances) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = Jackson.MAPPER.createGenerator(text)) {
            new Out(generator).start().number("formatVersion", AllianceJson.FORMAT_VERSION)
                    .list("alliances", alliances, AggregateCodecs.ALLIANCE.writer()).end();
        }
        return text.toString();
    }

    /**
     * Reads and checks a whole portfolio document without storing anything.
     *
     * @return the alliances, in document order, as written (with their versions)
     * @throws ValidationException for any bad alliance (as {@link AllianceJson#read}), and
     *     ({@code json.portfolio.id.duplicate}, {@code json.portfolio.natural-key.duplicate}) for every alliance whose
     *     id or (federation, municipality) an earlier one of the document has, at {@code $.alliances[i]}
     */
    public static List<Alliance> read(String json) {
        return checked(Jackson.parse(json));
    }

    /**
     * Imports a portfolio document into an empty store: the whole document is read and checked first
     * ({@link #read}), the store must hold no alliance, and only then is each alliance inserted, at version 1.
     *
     * <p>Nothing of a refused document is stored. Should the store fail part way (another writer, a lost connection),
     * the alliances this call had inserted are deleted again before the failure is rethrown; only if that deletion
     * fails too (it is added to the failure as suppressed) can part of the document remain.
     *
     * @return the alliances as stored, in document order
     * @throws ValidationException for a bad document (see {@link #read}), or ({@code json.portfolio.store-not-empty})
     *     if the store holds any alliance; nothing is stored
     * @throws UncheckedIOException if {@code in} fails; nothing is stored
     * @throws dk.welfarealliance.storage.StorageException if the store fails; what this call stored is deleted again
     */
    public static List<Alliance> importInto(AllianceStore store, java.io.Reader in) {
        List<Alliance> alliances = checked(Jackson.parse(
                () -> Jackson.MAPPER.reader().without(StreamReadFeature.AUTO_CLOSE_SOURCE).readTree(in)));
        long present = store.count(AllianceCriteria.all());
        if (present > 0) {
            throw JsonErrors.at("$", "json.portfolio.store-not-empty", "count", present);
        }
        List<Alliance> stored = new ArrayList<>(alliances.size());
        try {
            for (Alliance alliance : alliances) {
                stored.add(store.insert(alliance.withVersion(0)));
            }
        } catch (RuntimeException e) {
            for (Alliance done : stored) {
                try {
                    store.delete(done.getId(), done.getVersion());
                } catch (RuntimeException undo) {
                    e.addSuppressed(undo);
                }
            }
            throw e;
        }
        return List.copyOf(stored);
    }

    private static List<Alliance> checked(JsonNode node) {
        In in = In.object(node, "$", Set.of("formatVersion", "alliances"));
        long format = in.longValue("formatVersion");
        if (format != AllianceJson.FORMAT_VERSION) {
            throw JsonErrors.at(in.path("formatVersion"), "json.format-version.unsupported", "supported",
                    AllianceJson.FORMAT_VERSION);
        }
        List<Alliance> alliances = in.get("alliances", (n, p) -> In.elements(n, p, AggregateCodecs.ALLIANCE.reader()));
        List<Violation> duplicates = new ArrayList<>();
        Map<AllianceId, Integer> ids = new HashMap<>();
        Map<String, Integer> naturalKeys = new HashMap<>();
        for (int i = 0; i < alliances.size(); i++) {
            Alliance a = alliances.get(i);
            String at = JsonErrors.element(in.path("alliances"), i);
            Optional.ofNullable(ids.putIfAbsent(a.getId(), i)).ifPresent(first -> duplicates.add(
                    Violation.of(JsonErrors.TYPE, at + ".id", "json.portfolio.id.duplicate", Map.of("first", first))));
            Optional.ofNullable(naturalKeys.putIfAbsent(a.getFederation() + "/" + a.getMunicipality(), i))
                    .ifPresent(first -> duplicates.add(Violation.of(JsonErrors.TYPE, at, "json.portfolio.natural-key.duplicate",
                            Map.of("first", first, "federation", a.getFederation(), "municipality", a.getMunicipality()))));
        }
        if (!duplicates.isEmpty()) {
            throw new ValidationException(duplicates);
        }
        return alliances;
    }
}
