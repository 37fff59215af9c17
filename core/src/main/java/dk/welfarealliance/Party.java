package dk.welfarealliance;

import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.internal.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A party to an agreement, e.g. who pays or receives a {@link Payment}: the municipality, the federation, the
 * local union, or a club or partner of the alliance, named by id where known. Rules: a club id only for
 * {@link SignatoryParty#CLUB}, a partner id only for {@link SignatoryParty#PARTNER}
 * ({@code party.reference-kind}); the alliance must hold the club or partner named.
 */
@Value.Immutable
public abstract class Party implements WithParty {

    /** @return the kind of party (the same kinds a signatory signs for) */
    public abstract SignatoryParty getKind();

    /** @return the club, for a club party */
    public abstract Optional<ClubId> getClub();

    /** @return the partner, for a partner party */
    public abstract Optional<PartnerId> getPartner();

    /** @return the municipality */
    public static Party municipality() {
        return builder().kind(SignatoryParty.MUNICIPALITY).build();
    }

    /** @return the federation */
    public static Party federation() {
        return builder().kind(SignatoryParty.FEDERATION).build();
    }

    /** @return the local union */
    public static Party localUnion() {
        return builder().kind(SignatoryParty.LOCAL_UNION).build();
    }

    /** @return the club {@code club} of the alliance */
    public static Party club(ClubId club) {
        return builder().kind(SignatoryParty.CLUB).club(club).build();
    }

    /** @return the partner {@code partner} of the alliance */
    public static Party partner(PartnerId partner) {
        return builder().kind(SignatoryParty.PARTNER).partner(partner).build();
    }

    @Value.Check
    protected void check() {
        Violations v = Violations.of(Party.class).addAll(BeanValidation.validate(this, Party.class));
        if (getClub().isPresent() && getKind() != SignatoryParty.CLUB) {
            v.add("club", Rule.PARTY_REFERENCE_KIND, "kind", getKind());
        }
        if (getPartner().isPresent() && getKind() != SignatoryParty.PARTNER) {
            v.add("partner", Rule.PARTY_REFERENCE_KIND, "kind", getKind());
        }
        v.throwIfAny();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Party}; {@link #build()} throws the typed error for a missing or bad value. */
    public static class Builder extends ImmutableParty.Builder {}
}
