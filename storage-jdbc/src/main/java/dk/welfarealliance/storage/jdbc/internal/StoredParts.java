package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.DatePrecision;
import dk.welfarealliance.PartialDate;
import java.time.LocalDate;

/** Values stored over two columns, rebuilt through core's builders so that stored data meets today's rules. */
final class StoredParts {
    private StoredParts() {}

    /**
     * @return the partial date whose first day is {@code firstDay} and precision {@code precision}; a missing
     *     precision (a row of schema version 1) means the day
     */
    static PartialDate partialDate(LocalDate firstDay, String precision, String owner, String path) {
        DatePrecision p = precision == null ? DatePrecision.DAY
                : StoredValues.enumOf(DatePrecision.class, precision, owner, path);
        return new PartialDate.Builder().firstDay(firstDay).precision(p).build();
    }
}
