package dk.welfarealliance.json;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.json.internal.AggregateCodecs;
import dk.welfarealliance.json.internal.Codec;
import dk.welfarealliance.json.internal.Codecs;
import dk.welfarealliance.json.internal.CommandCodecs;
import dk.welfarealliance.json.internal.Jackson;
import dk.welfarealliance.json.internal.JsonErrors;
import dk.welfarealliance.service.Command;
import dk.welfarealliance.validation.ValidationException;

/**
 * Writes and reads the JSON form of alliances, of every public domain value and of every command
 * (docs/json-format.md; JSON Schema: {@code dk/welfarealliance/json/alliance.schema.json} in this jar).
 *
 * <p>Guarantees: {@code read(write(a)).equals(a)} for every alliance {@code a}: text exactly (any valid Unicode,
 * escaped where JSON needs it), decimals exactly (written as strings), instants to the microsecond, dates with
 * their precision, the order of every list and the members of every set, every optional field. The alliance's
 * document begins with {@code "formatVersion": 1}. Field names are the camelCase property names of the domain
 * types and do not change within a format version.
 *
 * <p>Reading is strict and never returns a half-built value. It throws {@link ValidationException} for any bad
 * input, and no other exception: text that is not one well-formed JSON value or names a property twice
 * ({@code json.syntax}), a value of the wrong JSON type ({@code json.type}), a missing required property
 * ({@code json.field.required}), a property the format does not have ({@code json.field.unknown}), a text form that
 * is wrong ({@code json.date.format}, {@code json.instant.format}, {@code json.decimal.format}, the domain's
 * {@code id.format}, {@code partial-date.format}, …), an unknown constant ({@code json.enum.unknown}), a number out
 * of range ({@code json.integer.range}), a set member given twice ({@code json.set.duplicate}), an unsupported
 * {@code formatVersion}, or anything the domain rejects when the value is built (every rule of docs/validation.md,
 * alliance invariants included). Every violation has the type {@value JsonErrors#TYPE} and the JSON path of the bad
 * value as its path, such as {@code $.agreements[2].signingDate}; the rule codes are those named above and the
 * domain's own.
 *
 * <p>Stateless and thread-safe. For an application's own Jackson mapper, register {@link AllianceJsonModule}.
 */
public final class AllianceJson {
    /** The format version written into every alliance document, and the only one read. */
    public static final int FORMAT_VERSION = AggregateCodecs.FORMAT_VERSION;

    private AllianceJson() {}

    /** @return {@code alliance} as one compact JSON document */
    public static String write(Alliance alliance) {
        return Jackson.write(AggregateCodecs.ALLIANCE, require(alliance, "alliance"));
    }

    /**
     * @return the alliance {@code json} describes, equal to the one it was written from
     * @throws ValidationException for any bad input (see the class comment), naming the JSON path
     */
    public static Alliance read(String json) {
        return AggregateCodecs.ALLIANCE.reader().read(Jackson.parse(require(json, "json")), "$");
    }

    /** @return {@code command} as one compact JSON document, its type in the {@code command} property */
    public static String writeCommand(Command command) {
        return Jackson.write(CommandCodecs.COMMAND, require(command, "command"));
    }

    /**
     * @return the command {@code json} describes; its {@code command} property chooses the type
     * @throws ValidationException for any bad input, naming the JSON path
     */
    public static Command readCommand(String json) {
        return CommandCodecs.COMMAND.reader().read(Jackson.parse(require(json, "json")), "$");
    }

    /**
     * @param type a public domain type or command type, e.g. {@code Agreement.class} or {@code Money.class}
     * @return {@code value} as one compact JSON document
     * @throws IllegalArgumentException if the module has no JSON form for {@code type}
     */
    public static <T> String writeValue(T value, Class<T> type) {
        return Jackson.write(codec(type), require(value, "value"));
    }

    /**
     * @param type a public domain type or command type, e.g. {@code Agreement.class} or {@code Money.class}
     * @return the value of {@code type} that {@code json} describes
     * @throws ValidationException for any bad input, naming the JSON path
     * @throws IllegalArgumentException if the module has no JSON form for {@code type}
     */
    public static <T> T readValue(String json, Class<T> type) {
        Codec<T> codec = codec(type);
        return codec.reader().read(Jackson.parse(require(json, "json")), "$");
    }

    private static <T> Codec<T> codec(Class<T> type) {
        require(type, "type");
        return Codecs.of(type).orElseThrow(() -> new IllegalArgumentException(
                "no JSON form for " + type.getName() + ": use a public domain type or command type"));
    }

    private static <T> T require(T value, String name) {
        if (value == null) {
            throw JsonErrors.at("$", "value.null", "argument", name);
        }
        return value;
    }
}
