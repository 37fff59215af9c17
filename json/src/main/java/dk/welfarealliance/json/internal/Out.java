package dk.welfarealliance.json.internal;

import java.util.Collection;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.core.JsonGenerator;

/** Writes the JSON form through a Jackson generator: objects field by field, in the documented order. */
public final class Out {
    private final JsonGenerator generator;

    /** @param generator where the JSON goes */
    public Out(JsonGenerator generator) {
        this.generator = generator;
    }

    /** @return the generator, for scalar writers */
    public JsonGenerator generator() {
        return generator;
    }

    /** Starts an object. */
    public Out start() {
        generator.writeStartObject();
        return this;
    }

    /** Ends the object. */
    public void end() {
        generator.writeEndObject();
    }

    /** Writes the property {@code name} with the string {@code value}. */
    public Out text(String name, String value) {
        generator.writeStringProperty(name, value);
        return this;
    }

    /** Writes the property {@code name} with the number {@code value}. */
    public Out number(String name, long value) {
        generator.writeName(name);
        generator.writeNumber(value);
        return this;
    }

    /** Writes the property {@code name} if {@code value} is present. */
    public Out number(String name, OptionalInt value) {
        if (value.isPresent()) {
            number(name, value.getAsInt());
        }
        return this;
    }

    /** Writes the property {@code name} with the boolean {@code value}. */
    public Out flag(String name, boolean value) {
        generator.writeName(name);
        generator.writeBoolean(value);
        return this;
    }

    /** Writes the property {@code name} with {@code value} written by {@code writer}. */
    public <T> Out field(String name, T value, Writer<? super T> writer) {
        generator.writeName(name);
        writer.write(this, value);
        return this;
    }

    /** Writes the property {@code name} if {@code value} is present; an absent value is left out. */
    public <T> Out field(String name, Optional<T> value, Writer<? super T> writer) {
        value.ifPresent(v -> field(name, v, writer));
        return this;
    }

    /** Writes the property {@code name} as an array of {@code values} in their iteration order, also when empty. */
    public <T> Out list(String name, Collection<T> values, Writer<? super T> writer) {
        generator.writeName(name);
        generator.writeStartArray();
        values.forEach(v -> writer.write(this, v));
        generator.writeEndArray();
        return this;
    }
}
