package dk.welfarealliance.service.internal;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.service.Command;
import dk.welfarealliance.service.CommandKind;
import dk.welfarealliance.validation.ValidationException;
import java.util.Locale;

/** The errors a command gets when the lifecycle or the catalogue rejects it, named after the command type. */
final class Rejections {
    private Rejections() {}

    static String type(Command command) {
        return command.getClass().getSimpleName().replaceFirst("^Immutable", "");
    }

    static ValidationException of(Command command, String path, Rule rule, Object... attributes) {
        return Violations.single(type(command), path, rule, attributes);
    }

    /** @return the target agreement, or throws {@code lifecycle.agreement.unknown} */
    static Agreement target(Alliance alliance, AgreementId id, Command command, String path) {
        return alliance.agreement(id).orElseThrow(
                () -> of(command, path, Rule.LIFECYCLE_AGREEMENT_UNKNOWN, "agreement", id));
    }

    /** Throws {@code lifecycle.command.not-allowed} unless the table allows {@code command} on {@code agreement}. */
    static void requireAllowed(Command command, Agreement agreement) {
        CommandKind kind = command.kind();
        if (!kind.isAllowedIn(agreement.getState())) {
            throw of(command, "", Rule.LIFECYCLE_NOT_ALLOWED,
                    "command", kind.name().toLowerCase(Locale.ROOT), "state", agreement.getState());
        }
    }
}
