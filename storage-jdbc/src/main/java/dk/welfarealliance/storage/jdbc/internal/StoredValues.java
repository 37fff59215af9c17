package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.validation.ValidationException;
import dk.welfarealliance.validation.Violation;
import java.util.List;
import java.util.Map;

/**
 * Turns the codes stored in text columns back into enum constants. A code this version does not know (a
 * newer version wrote it, or someone edited the row) is stored data that fails today's rules: it becomes a
 * {@link ValidationException} with rule {@value #RULE}, which the assembler reports as
 * {@link dk.welfarealliance.storage.StoredDataInvalidException} naming the alliance.
 */
final class StoredValues {
    /** The rule code of an unknown stored code (public contract; core ships its messages). */
    static final String RULE = "stored.code.unknown";

    private StoredValues() {}

    /** @return the constant named {@code code}, or null for a null code */
    static <E extends Enum<E>> E enumOf(Class<E> type, String code, String owner, String path) {
        if (code == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(code)) {
                return constant;
            }
        }
        throw new ValidationException(List.of(Violation.of(owner, path, RULE, Map.of("type", type.getSimpleName()))));
    }
}
