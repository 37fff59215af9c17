package dk.welfarealliance.storage.tck;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The first place where two values differ, as a field path and the two values there, in one line:
 * {@code agreements[0].initiatives[1].name: expected "Fodbold for alle" but found "Fodbold for alle "}. Made for
 * comparing whole aggregates, whose {@code toString()} runs to thousands of characters: the path says what differs,
 * and the values shown there are short.
 *
 * <p>Values of the library's domain types ({@code dk.welfarealliance…}) are compared property by property, through
 * the public getters of their public type ({@code getX()}, {@code isX()}), the id first and the others in the order
 * of their names; lists element by element ({@code [i]}); sets and maps by their contents, independent of order;
 * {@link Optional}s by presence and then content. Anything else is compared with {@code equals} and shown with
 * {@code toString()}: texts quoted, with invisible and combining characters escaped ({@code \u00a0}, {@code \u0301})
 * so that two texts that look the same show where they differ, and long values abbreviated around the difference.
 *
 * <p>Use it in a backend's own tests as the TCK does:
 *
 * <pre>{@code
 * FirstDifference.between(written, read).ifPresent(d -> fail("read back differs at " + d));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class FirstDifference {
    /** The most characters shown of each value. */
    static final int VALUE_LIMIT = 160;
    private static final int MAX_DEPTH = 40;

    private final String path;
    private final String expected;
    private final String found;
    private final String note;

    private FirstDifference(String path, String expected, String found, String note) {
        this.path = path;
        this.expected = expected;
        this.found = found;
        this.note = note;
    }

    /**
     * @param expected the value expected, e.g. the alliance as written
     * @param found the value found, e.g. the alliance as read back
     * @return the first difference, or empty if the two are equal ({@link Objects#equals})
     */
    public static Optional<FirstDifference> between(@Nullable Object expected, @Nullable Object found) {
        if (Objects.equals(expected, found)) {
            return Optional.empty();
        }
        FirstDifference difference = compare("", expected, found, 0);
        return Optional.of(difference != null ? difference
                : new FirstDifference("", show(expected), show(found), "not equal, although every property is"));
    }

    /** @return the path of the differing field from the values compared, e.g. {@code agreements[0].title}; empty for the values themselves */
    public String path() {
        return path;
    }

    /** @return the expected value at {@link #path()}, shown briefly */
    public String expected() {
        return expected;
    }

    /** @return the value found at {@link #path()}, shown briefly */
    public String found() {
        return found;
    }

    /** @return the difference in one line: the path, the values expected and found, and what else is known */
    @Override
    public String toString() {
        return (path.isEmpty() ? "" : path + ": ") + "expected " + expected + " but found " + found
                + (note.isEmpty() ? "" : " (" + note + ")");
    }

    private static @Nullable FirstDifference compare(String path, @Nullable Object expected, @Nullable Object found, int depth) {
        if (Objects.equals(expected, found)) {
            return null;
        }
        if (expected == null || found == null || depth > MAX_DEPTH) {
            return leaf(path, expected, found);
        }
        if (expected instanceof Optional<?> e && found instanceof Optional<?> f) {
            if (e.isPresent() != f.isPresent()) {
                return new FirstDifference(path, e.map(v -> show(v)).orElse("empty"), f.map(v -> show(v)).orElse("empty"), "");
            }
            return compare(path, e.orElse(null), f.orElse(null), depth + 1);
        }
        if (expected instanceof List<?> e && found instanceof List<?> f) {
            for (int i = 0; i < Math.min(e.size(), f.size()); i++) {
                FirstDifference d = compare(path + "[" + i + "]", e.get(i), f.get(i), depth + 1);
                if (d != null) {
                    return d;
                }
            }
            return e.size() == f.size() ? null : new FirstDifference(path, e.size() + " elements", f.size() + " elements",
                    e.size() > f.size() ? "first missing [" + f.size() + "]: " + show(e.get(f.size()))
                            : "first unexpected [" + e.size() + "]: " + show(f.get(e.size())));
        }
        if (expected instanceof Set<?> e && found instanceof Set<?> f) {
            return contents(path, e, f);
        }
        if (expected instanceof Map<?, ?> e && found instanceof Map<?, ?> f) {
            if (!e.keySet().equals(f.keySet())) {
                return contents(path + ".keys", e.keySet(), f.keySet());
            }
            for (Map.Entry<?, ?> entry : e.entrySet()) {
                FirstDifference d = compare(path + "[" + entry.getKey() + "]", entry.getValue(), f.get(entry.getKey()), depth + 1);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        List<Method> getters = getters(expected);
        if (getters.isEmpty() || !publicType(expected.getClass()).equals(publicType(found.getClass()))) {
            return leaf(path, expected, found);
        }
        for (Method getter : getters) {
            FirstDifference d = compare(join(path, property(getter)), read(getter, expected), read(getter, found), depth + 1);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static FirstDifference contents(String path, Collection<?> expected, Collection<?> found) {
        Set<Object> missing = new LinkedHashSet<>(expected);
        missing.removeAll(found);
        Set<Object> unexpected = new LinkedHashSet<>(found);
        unexpected.removeAll(expected);
        List<String> notes = new ArrayList<>();
        if (!missing.isEmpty()) {
            notes.add("missing " + few(missing));
        }
        if (!unexpected.isEmpty()) {
            notes.add("unexpected " + few(unexpected));
        }
        return new FirstDifference(path, expected.size() + " elements", found.size() + " elements", String.join("; ", notes));
    }

    private static String few(Collection<?> values) {
        String shown = values.stream().limit(3).map(FirstDifference::show).collect(Collectors.joining(", "));
        return values.size() > 3 ? shown + " and " + (values.size() - 3) + " more" : shown;
    }

    private static FirstDifference leaf(String path, @Nullable Object expected, @Nullable Object found) {
        if (expected instanceof String e && found instanceof String f) {
            int at = firstDifferingIndex(e, f);
            return new FirstDifference(path, quoted(e, at), quoted(f, at),
                    "first difference at character " + at + "; lengths " + e.length() + " and " + f.length());
        }
        String e = show(expected);
        String f = show(found);
        boolean sameText = e.equals(f);
        String note = sameText && expected != null && found != null
                ? "equal text, " + expected.getClass().getSimpleName() + " and " + found.getClass().getSimpleName()
                : "";
        return new FirstDifference(path, e, f, note);
    }

    /** @return {@code value} shown briefly: texts quoted and escaped, others by {@code toString()}, abbreviated */
    static String show(@Nullable Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return quoted(s, 0);
        }
        return abbreviate(String.valueOf(value), 0);
    }

    private static String quoted(String text, int around) {
        return "\"" + abbreviate(escaped(text.substring(0, Math.min(around, text.length()))) + "\u0000"
                + escaped(text.substring(Math.min(around, text.length()))), -1) + "\"";
    }

    /**
     * @param around -1 when {@code text} carries a NUL marking the point to keep in view (which is removed), else
     *     the index to keep in view
     */
    private static String abbreviate(String text, int around) {
        int at = around;
        String plain = text;
        if (around < 0) {
            at = text.indexOf('\u0000');
            plain = text.substring(0, at) + text.substring(at + 1);
        }
        if (plain.length() <= VALUE_LIMIT) {
            return plain;
        }
        int start = Math.max(0, Math.min(at - VALUE_LIMIT / 4, plain.length() - VALUE_LIMIT));
        int end = Math.min(plain.length(), start + VALUE_LIMIT);
        return (start > 0 ? "…" : "") + plain.substring(start, end) + (end < plain.length() ? "…" : "");
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean invisible = c == '"' || c == '\\' || Character.isISOControl(c) || Character.isSpaceChar(c) && c != ' '
                    || type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.SURROGATE || type == Character.UNASSIGNED;
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (invisible) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static int firstDifferingIndex(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i;
            }
        }
        return n;
    }

    private static String join(String path, String property) {
        return path.isEmpty() ? property : path + "." + property;
    }

    /** @return the public getters of {@code value}'s public type if it is a domain value, the id first; else none */
    private static List<Method> getters(Object value) {
        Class<?> type = publicType(value.getClass());
        if (!type.getName().startsWith("dk.welfarealliance.") || type.isEnum()) {
            return List.of();
        }
        List<Method> getters = new ArrayList<>();
        for (Method m : type.getMethods()) {
            String name = m.getName();
            boolean getter = name.startsWith("get") && name.length() > 3
                    || name.startsWith("is") && name.length() > 2 && m.getReturnType() == boolean.class;
            if (getter && m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class
                    && m.getDeclaringClass() != Object.class && Modifier.isPublic(m.getDeclaringClass().getModifiers())) {
                getters.add(m);
            }
        }
        getters.sort(Comparator.comparing((Method m) -> !m.getName().equals("getId")).thenComparing(Method::getName));
        return getters;
    }

    /** @return the first public class among {@code type} and its superclasses (generated value classes are hidden) */
    private static Class<?> publicType(Class<?> type) {
        Class<?> t = type;
        while (t != null && !Modifier.isPublic(t.getModifiers())) {
            t = t.getSuperclass();
        }
        return t == null ? Object.class : t;
    }

    private static String property(Method getter) {
        String name = getter.getName();
        String bare = name.startsWith("get") ? name.substring(3) : name.substring(2);
        return Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
    }

    private static @Nullable Object read(Method getter, Object value) {
        try {
            return getter.invoke(value);
        } catch (IllegalAccessException e) {
            return "<not readable: " + e.getMessage() + ">";
        } catch (InvocationTargetException e) {
            return "<" + getter.getName() + "() threw " + e.getCause() + ">";
        }
    }
}
