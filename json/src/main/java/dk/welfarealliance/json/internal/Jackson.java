package dk.welfarealliance.json.internal;

import dk.welfarealliance.validation.ValidationException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;

/** The module's own mapper, the Jackson (de)serializers around the codecs, and JSON text in and out. */
public final class Jackson {
    /**
     * Strict reading: a property given twice is a syntax error (else the last one would silently win), and so is
     * anything after the document.
     */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Jackson() {}

    /** @return {@code value} as compact JSON text */
    public static <T> String write(Codec<T> codec, T value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = MAPPER.createGenerator(text)) {
            codec.writer().write(new Out(generator), value);
        }
        return text.toString();
    }

    /**
     * @return the tree of {@code text}
     * @throws ValidationException ({@code json.syntax}) if it is not one well-formed JSON value
     */
    public static JsonNode parse(String text) {
        return parse(() -> MAPPER.readTree(text));
    }

    /** @return the tree {@code read} parses, with syntax errors as the typed error and I/O errors unchecked */
    public static JsonNode parse(java.util.function.Supplier<JsonNode> read) {
        JsonNode node;
        try {
            node = read.get();
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        } catch (JacksonException e) {
            String path = e.processor() instanceof JsonParser p ? path(p.streamReadContext(), false) : "$";
            TokenStreamLocation at = e.getLocation();
            throw JsonErrors.at(path, "json.syntax", "line", at == null ? -1 : at.getLineNr(), "column",
                    at == null ? -1 : at.getColumnNr());
        }
        if (node == null || node.isMissingNode()) {
            throw JsonErrors.at("$", "json.syntax", "line", 1, "column", 1);
        }
        return node;
    }

    /** @return the JSON path of a parser's position: the value {@code context} is in or, for a container start, opens */
    static String path(TokenStreamContext context, boolean opensContainer) {
        TokenStreamContext at = opensContainer && context.getParent() != null ? context.getParent() : context;
        StringBuilder path = new StringBuilder();
        for (TokenStreamContext c = at; c != null && !c.inRoot(); c = c.getParent()) {
            String segment = c.inArray() ? "[" + Math.max(c.getCurrentIndex(), 0) + "]"
                    : c.currentName() == null ? "" : JsonErrors.child("", c.currentName());
            path.insert(0, segment);
        }
        return path.insert(0, "$").toString();
    }

    /** Writes a domain value through its codec inside any mapper that registered the module. */
    public static final class CodecSerializer<T> extends ValueSerializer<T> {
        private final Codec<T> codec;

        /** @param codec the value's codec */
        public CodecSerializer(Codec<T> codec) {
            this.codec = codec;
        }

        @Override
        public void serialize(T value, JsonGenerator generator, SerializationContext context) {
            codec.writer().write(new Out(generator), value);
        }

        @Override
        public Class<?> handledType() {
            return codec.type();
        }
    }

    /**
     * Reads a domain value through its codec inside any mapper that registered the module. Violations name the
     * JSON path from the root of the whole document the mapper reads.
     */
    public static final class CodecDeserializer<T> extends ValueDeserializer<T> {
        private final Codec<T> codec;

        /** @param codec the value's codec */
        public CodecDeserializer(Codec<T> codec) {
            this.codec = codec;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) {
            JsonToken token = parser.currentToken();
            String path = path(parser.streamReadContext(),
                    token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY);
            JsonNode node = context.readTree(parser);
            return codec.reader().read(node, path);
        }

        @Override
        public Class<?> handledType() {
            return codec.type();
        }
    }
}
