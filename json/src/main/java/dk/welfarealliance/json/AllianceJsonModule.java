package dk.welfarealliance.json;

import dk.welfarealliance.json.internal.Codec;
import dk.welfarealliance.json.internal.Codecs;
import dk.welfarealliance.json.internal.Jackson;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module for an application's own mapper ({@code JsonMapper.builder().addModule(new
 * AllianceJsonModule())}): it writes and reads every public domain type of {@code dk.welfarealliance} (the
 * {@link dk.welfarealliance.Alliance} aggregate, its parts, ids, codes, money, dates known to a day, month or year,
 * every enum) and every {@link dk.welfarealliance.service.Command}, in the format of docs/json-format.md, exactly as
 * {@link AllianceJson} does. The JDK's own types ({@code LocalDate}, {@code Instant}, {@code BigDecimal}) are left to
 * the mapper.
 *
 * <p>Each type has an explicit serializer and deserializer that build values through the public builders and
 * factories only. Bad input gives a {@link dk.welfarealliance.validation.ValidationException} naming the JSON path
 * from the root of the document the mapper reads. Where the value sits inside a type of the application's own,
 * Jackson may wrap that exception into a {@code tools.jackson.databind.DatabindException} whose cause it is (disable
 * {@code DeserializationFeature.WRAP_EXCEPTIONS} to get it directly). Duplicate properties are only rejected if the
 * mapper enables {@code StreamReadFeature.STRICT_DUPLICATE_DETECTION}, as {@link AllianceJson}'s own mapper does.
 *
 * <p>Immutable and thread-safe; register one instance on any number of mappers.
 */
public final class AllianceJsonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Creates the module, with a serializer and a deserializer for every supported type. */
    public AllianceJsonModule() {
        super("welfare-alliance-json");
        Codecs.all().forEach(this::register);
    }

    private <T> void register(Codec<T> codec) {
        addSerializer(codec.type(), new Jackson.CodecSerializer<>(codec));
        addDeserializer(codec.type(), new Jackson.CodecDeserializer<>(codec));
    }
}
