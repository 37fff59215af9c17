package dk.welfarealliance.json.internal;

/** Writes a value as one complete JSON value. */
@FunctionalInterface
public interface Writer<T> {
    /** Writes {@code value} to {@code out}. */
    void write(Out out, T value);
}
