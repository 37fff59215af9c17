package dk.welfarealliance.storage.tck.generators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Draws values from a QuickTheories {@link RandomnessSource}, or from a plain seeded random outside a property
 * ({@link TckData}). Inside a property every draw goes through the source, so a seed replays a value exactly and
 * QuickTheories can shrink it; draws shrink towards the smallest value, the first option and "absent".
 */
final class Draw {
    private final @Nullable RandomnessSource in;
    private final @Nullable SplittableRandom random;

    Draw(RandomnessSource in) {
        this.in = in;
        this.random = null;
    }

    Draw(SplittableRandom random) {
        this.in = null;
        this.random = random;
    }

    /**
     * @return a generator that draws through a {@code Draw}; {@link TckData} draws from it outside a property
     */
    static <T> Gen<T> gen(Function<Draw, T> value) {
        return new Drawn<>(value);
    }

    /** A generator made of a function of a {@link Draw}, so that it can also draw from a plain random. */
    static final class Drawn<T> implements Gen<T> {
        private final Function<Draw, T> value;

        Drawn(Function<Draw, T> value) {
            this.value = value;
        }

        @Override
        public T generate(RandomnessSource in) {
            return value.apply(new Draw(in));
        }

        T draw(SplittableRandom random) {
            return value.apply(new Draw(random));
        }
    }

    long between(long min, long max) {
        if (random != null) {
            long span = max - min;
            if (span >= 0 && span < Long.MAX_VALUE) {
                return min + random.nextLong(span + 1);
            }
            long value = random.nextLong(); // a range wider than half of all longs: at most a few tries
            while (value < min || value > max) {
                value = random.nextLong();
            }
            return value;
        }
        return Objects.requireNonNull(in).next(Constraint.between(min, max));
    }

    int between(int min, int max) {
        return (int) between((long) min, (long) max);
    }

    long anyLong() {
        return random != null ? random.nextLong() : Objects.requireNonNull(in).next(Constraint.none());
    }

    /** @return true with about {@code percent} % probability; shrinks towards false */
    boolean chance(int percent) {
        return between(0, 99) >= 100 - percent;
    }

    <T> T pick(List<T> options) {
        return options.get(between(0, options.size() - 1));
    }

    <T> Optional<T> maybe(int percent, Supplier<T> value) {
        return chance(percent) ? Optional.of(value.get()) : Optional.empty();
    }

    /** @return one of {@code options} with about {@code percent} % probability; empty if there are none */
    <T> Optional<T> maybePick(int percent, List<T> options) {
        return options.isEmpty() ? Optional.empty() : maybe(percent, () -> pick(options));
    }

    <T> List<T> list(int min, int max, Supplier<T> element) {
        int size = between(min, max);
        List<T> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            items.add(element.get());
        }
        return items;
    }

    /** @return {@code items} in an order drawn from the source (a Fisher–Yates shuffle) */
    <T> List<T> shuffled(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = between(0, i);
            T t = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, t);
        }
        return copy;
    }

    LocalDate date(LocalDate min, LocalDate max) {
        return LocalDate.ofEpochDay(between(min.toEpochDay(), max.toEpochDay()));
    }

    UUID uuid() {
        return new UUID(anyLong(), anyLong());
    }
}
