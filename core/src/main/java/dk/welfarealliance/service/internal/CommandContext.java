package dk.welfarealliance.service.internal;

import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.reference.ReferenceCatalogue;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a command is carried out with besides the alliance: the catalogue for existence checks, the id
 * generator for what the command creates, and today in the business zone, the default date of a step.
 */
public record CommandContext(ReferenceCatalogue catalogue, IdGenerator ids, LocalDate today) {

    /** @return {@code on}, or today to the day */
    PartialDate stepDate(Optional<PartialDate> on) {
        return on.orElseGet(() -> PartialDate.day(today));
    }

    /** @return the assigner of missing ids */
    IdAssignment assign() {
        return new IdAssignment(ids);
    }
}
