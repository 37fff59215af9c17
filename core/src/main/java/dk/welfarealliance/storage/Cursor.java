package dk.welfarealliance.storage;

import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.validation.ValidationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * A keyset position in a query's result: the sort key and id of the last alliance of a page, bound to the
 * sort order and to the criteria of the query that produced it (docs/storage-contract.md).
 *
 * <p>To callers the cursor is opaque: pass {@link #token()} back as it is, e.g. through a web client,
 * and {@link #parse(String)} it when it returns. The token is versioned; a token that is malformed, or
 * that is used with other criteria or another sort, is rejected with {@link IllegalArgumentException}.
 * Backends read the position through the getters to continue strictly after it.
 *
 * @since 0.1.0
 */
public final class Cursor {
    private static final String VERSION = "c1";
    private static final String NO_END = "-";

    private final AllianceSort sort;
    private final String criteriaFingerprint;
    private final MunicipalityCode lastMunicipality;
    private final Optional<LocalDate> lastLatestSignedEnd;
    private final AllianceId lastId;

    private Cursor(AllianceSort sort, String criteriaFingerprint, MunicipalityCode lastMunicipality,
            Optional<LocalDate> lastLatestSignedEnd, AllianceId lastId) {
        this.sort = sort;
        this.criteriaFingerprint = criteriaFingerprint;
        this.lastMunicipality = lastMunicipality;
        this.lastLatestSignedEnd = lastLatestSignedEnd;
        this.lastId = lastId;
    }

    /** @return the cursor positioned after {@code last}, for the query with {@code criteria} and {@code sort} */
    public static Cursor after(Alliance last, AllianceCriteria criteria, AllianceSort sort) {
        Violations.requireNonNull(last, "Cursor", "last");
        Violations.requireNonNull(criteria, "Cursor", "criteria");
        Violations.requireNonNull(sort, "Cursor", "sort");
        return new Cursor(sort, fingerprint(criteria), last.getMunicipality(), last.latestSignedEnd(), last.getId());
    }

    /**
     * @param token a token from {@link #token()}
     * @return the cursor
     * @throws IllegalArgumentException if the token is not one this library made
     */
    public static Cursor parse(String token) {
        Violations.requireNonNull(token, "Cursor", "token");
        if (token == null || !token.startsWith(VERSION + ".")) {
            throw new IllegalArgumentException("not a welfare-alliance cursor (expected version " + VERSION + ")");
        }
        try {
            String body = new String(Base64.getUrlDecoder().decode(token.substring(VERSION.length() + 1)),
                    StandardCharsets.UTF_8);
            String[] parts = body.split("\\|", -1);
            if (parts.length != 5) {
                throw new IllegalArgumentException("malformed cursor");
            }
            return new Cursor(AllianceSort.valueOf(parts[0]), parts[1], MunicipalityCode.of(parts[2]),
                    parts[3].equals(NO_END) ? Optional.empty() : Optional.of(LocalDate.parse(parts[3])),
                    AllianceId.parse(parts[4]));
        } catch (IllegalArgumentException | DateTimeParseException | ValidationException e) {
            throw new IllegalArgumentException("malformed cursor", e);
        }
    }

    /** @return the opaque token to hand out; {@link #parse(String)} gives back an equal cursor */
    public String token() {
        String body = String.join("|", sort.name(), criteriaFingerprint, lastMunicipality.value(),
                lastLatestSignedEnd.map(LocalDate::toString).orElse(NO_END), lastId.toString());
        return VERSION + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(body.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the sort order the cursor belongs to */
    public AllianceSort getSort() {
        return sort;
    }

    /** @return the municipality of the last alliance returned (the key of {@link AllianceSort#MUNICIPALITY}) */
    public MunicipalityCode getLastMunicipality() {
        return lastMunicipality;
    }

    /** @return the latest signed end of the last alliance returned (the key of {@link AllianceSort#LATEST_SIGNED_END}) */
    public Optional<LocalDate> getLastLatestSignedEnd() {
        return lastLatestSignedEnd;
    }

    /** @return the id of the last alliance returned (the tie-breaker of every sort) */
    public AllianceId getLastId() {
        return lastId;
    }

    /**
     * @throws IllegalArgumentException if this cursor came from a query with other criteria or another sort
     */
    public void requireBoundTo(AllianceCriteria criteria, AllianceSort sort) {
        if (this.sort != sort) {
            throw new IllegalArgumentException("the cursor belongs to sort " + this.sort + ", not " + sort);
        }
        if (!criteriaFingerprint.equals(fingerprint(criteria))) {
            throw new IllegalArgumentException("the cursor belongs to a query with other criteria");
        }
    }

    /** @return whether {@code alliance} sorts strictly after this position in {@link #getSort()} */
    public boolean precedes(Alliance alliance) {
        Violations.requireNonNull(alliance, "Cursor", "alliance");
        return SortPosition.order(sort).compare(SortPosition.of(this), SortPosition.of(alliance)) < 0;
    }

    private static String fingerprint(AllianceCriteria criteria) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(criteria.canonical().getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cursor c && token().equals(c.token());
    }

    @Override
    public int hashCode() {
        return Objects.hash(token());
    }

    /** @return the token */
    @Override
    public String toString() {
        return token();
    }
}
