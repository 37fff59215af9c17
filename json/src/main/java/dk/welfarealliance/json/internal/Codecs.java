package dk.welfarealliance.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every codec of the module: the domain types, the aggregate and the commands. */
public final class Codecs {
    private static final List<Codec<?>> ALL = collect();

    private Codecs() {}

    private static List<Codec<?>> collect() {
        List<Codec<?>> all = new ArrayList<>(ValueCodecs.ALL);
        all.addAll(EntityCodecs.ALL);
        all.addAll(AggregateCodecs.ALL);
        all.addAll(CommandCodecs.COMMANDS);
        all.add(CommandCodecs.COMMAND);
        return List.copyOf(all);
    }

    /** @return every codec, each for its own type */
    public static List<Codec<?>> all() {
        return ALL;
    }

    /** @return the codec of exactly {@code type}, if the module has one */
    @SuppressWarnings("unchecked") // each codec is registered under its own type
    public static <T> Optional<Codec<T>> of(Class<T> type) {
        return ALL.stream().filter(c -> c.type().equals(type)).findFirst().map(c -> (Codec<T>) c);
    }
}
