package dk.welfarealliance.json.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The JSON scalars of the format: strings, booleans, integers, and the text forms of dates ({@code 2024-03-01}),
 * instants ({@code 2024-03-01T10:15:30.123456Z}, UTC, at most 6 decimals), decimals ({@code "86500.00"}, as
 * strings so that no reader turns them into binary floating point) and enum constants (their names).
 */
public final class Scalars {
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern INSTANT =
            Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,6})?Z");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final int DECIMAL_MAX = 64;

    /** A JSON string. */
    public static final Reader<String> TEXT = (n, p) -> {
        require(n, p, n.isString(), "string");
        return n.stringValue();
    };
    /** A JSON boolean. */
    public static final Reader<Boolean> BOOLEAN = (n, p) -> {
        require(n, p, n.isBoolean(), "boolean");
        return n.booleanValue();
    };
    /** A JSON integer within the range of {@code long}. */
    public static final Reader<Long> LONG = (n, p) -> {
        require(n, p, n.isIntegralNumber(), "integer");
        if (!n.canConvertToLong()) {
            throw JsonErrors.at(p, "json.integer.range", "min", Long.MIN_VALUE, "max", Long.MAX_VALUE);
        }
        return n.longValue();
    };
    /** A JSON integer within the range of {@code int}. */
    public static final Reader<Integer> INT = (n, p) -> {
        require(n, p, n.isIntegralNumber(), "integer");
        if (!n.canConvertToInt()) {
            throw JsonErrors.at(p, "json.integer.range", "min", Integer.MIN_VALUE, "max", Integer.MAX_VALUE);
        }
        return n.intValue();
    };
    /** A day, {@code yyyy-MM-dd}. */
    public static final Reader<LocalDate> DATE_READER = (n, p) -> {
        String text = TEXT.read(n, p);
        if (DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                // falls through to the typed error
            }
        }
        throw JsonErrors.at(p, "json.date.format");
    };
    /** An instant in UTC, {@code yyyy-MM-ddTHH:mm:ss[.ffffff]Z}. */
    public static final Reader<Instant> INSTANT_READER = (n, p) -> {
        String text = TEXT.read(n, p);
        if (INSTANT.matcher(text).matches()) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                // falls through to the typed error
            }
        }
        throw JsonErrors.at(p, "json.instant.format");
    };
    /** A decimal number as a string of ASCII digits, an optional leading {@code -} and decimals. */
    public static final Reader<BigDecimal> DECIMAL_READER = (n, p) -> {
        String text = TEXT.read(n, p);
        if (text.length() > DECIMAL_MAX || !DECIMAL.matcher(text).matches()) {
            throw JsonErrors.at(p, "json.decimal.format");
        }
        return new BigDecimal(text);
    };

    /** Writes a string. */
    public static final Writer<String> TEXT_WRITER = (o, v) -> o.generator().writeString(v);
    /** Writes a day. */
    public static final Writer<LocalDate> DATE_WRITER = (o, v) -> o.generator().writeString(v.toString());
    /** Writes an instant; the domain keeps microseconds at most, so at most 6 decimals. */
    public static final Writer<Instant> INSTANT_WRITER = (o, v) -> o.generator().writeString(v.toString());
    /** Writes a decimal in plain notation, never with an exponent. */
    public static final Writer<BigDecimal> DECIMAL_WRITER = (o, v) -> o.generator().writeString(v.toPlainString());

    private Scalars() {}

    /** @throws dk.welfarealliance.validation.ValidationException ({@code json.type}) unless {@code ok} */
    static void require(JsonNode node, String path, boolean ok, String expected) {
        if (!ok) {
            throw JsonErrors.at(path, "json.type", "expected", expected, "found", found(node));
        }
    }

    private static String found(JsonNode node) {
        if (node.isObject()) {
            return "object";
        }
        if (node.isArray()) {
            return "array";
        }
        if (node.isString()) {
            return "string";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        if (node.isNumber()) {
            return node.isIntegralNumber() ? "integer" : "number";
        }
        return node.isNull() ? "null" : "other";
    }

    /** @return the codec of the enum {@code type}, written and read by constant name */
    public static <E extends Enum<E>> Codec<E> enumeration(Class<E> type) {
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        return Codec.of(type, (o, v) -> o.generator().writeString(v.name()), (n, p) -> {
            String name = TEXT.read(n, p);
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
            throw JsonErrors.at(p, "json.enum.unknown", "allowed", allowed);
        });
    }

    /**
     * @return the codec of a value written as a string: {@code toText} writes it, {@code parse} reads it and
     *     throws the domain's typed error, reported at the string's path
     */
    public static <T> Codec<T> textual(Class<T> type, Function<T, String> toText, Function<String, T> parse) {
        return Codec.of(type, (o, v) -> o.generator().writeString(toText.apply(v)),
                (n, p) -> {
                    String text = TEXT.read(n, p);
                    return JsonErrors.converting(p, () -> parse.apply(text));
                });
    }
}
