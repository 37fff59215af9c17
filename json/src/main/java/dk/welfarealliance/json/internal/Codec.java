package dk.welfarealliance.json.internal;

/** How one Java type is written and read: the unit the Jackson module registers. */
public record Codec<T>(Class<T> type, Writer<T> writer, Reader<T> reader) {
    /** @return the codec of {@code type} */
    public static <T> Codec<T> of(Class<T> type, Writer<T> writer, Reader<T> reader) {
        return new Codec<>(type, writer, reader);
    }
}
