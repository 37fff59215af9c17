package dk.welfarealliance.storage.tck.generators;

import dk.welfarealliance.FederationCode;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.LocalUnionCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.TargetGroup;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Codes of valid form (docs/model.md): municipality codes of three digits, federation and local-union codes
 * up to 40 characters, catalogue and custom focus areas, target groups, and CVR numbers that pass the
 * modulus-11 check. Form only: a code need not exist in the reference catalogue, and stores never check.
 *
 * @since 0.1.0
 */
public final class CodeGenerators {
    /** The focus-area codes of the bundled catalogue, current and historic. */
    public static final List<FocusAreaCode> CATALOGUE_FOCUS_AREAS = List.of(
            FocusAreaCode.of("SUNDHED"), FocusAreaCode.of("SOCIAL_INDSATS"), FocusAreaCode.of("SKOLE_OG_DAGTILBUD"),
            FocusAreaCode.of("UDDANNELSE"), FocusAreaCode.of("BESKAEFTIGELSE"), FocusAreaCode.of("BOERN_OG_UNGE"),
            FocusAreaCode.of("KLUBUDVIKLING"), FocusAreaCode.of("FORENINGS_DANMARK"));

    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String UPPER_TAIL = UPPER + "0123456789_";
    private static final String SLUG = "abcdefghijklmnopqrstuvwxyz0123456789-";
    private static final int[] CVR_WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

    private CodeGenerators() {}

    /** @return municipality codes {@code 000} to {@code 999} */
    public static Gen<MunicipalityCode> municipalities() {
        return Draw.gen(d -> municipality(d));
    }

    /** @return federation codes: DBU often, otherwise any code of valid form up to 40 characters */
    public static Gen<FederationCode> federations() {
        return Draw.gen(d -> federation(d));
    }

    /** @return local-union codes of valid form */
    public static Gen<LocalUnionCode> localUnions() {
        return Draw.gen(d -> LocalUnionCode.of(upperCode(d)));
    }

    /** @return catalogue focus areas and custom ones ({@code custom:<slug>}, slugs up to 40 characters) */
    public static Gen<FocusAreaCode> focusAreas() {
        return Draw.gen(d -> focusArea(d));
    }

    /** @return target groups: the common constants and other codes of valid form */
    public static Gen<TargetGroup> targetGroups() {
        return Draw.gen(d -> targetGroup(d));
    }

    /** @return CVR numbers: 8 digits, the first not 0, weighted sum divisible by 11 */
    public static Gen<String> cvrNumbers() {
        return Draw.gen(d -> cvr(d));
    }

    static MunicipalityCode municipality(Draw d) {
        return MunicipalityCode.of(String.format("%03d", d.between(0, 999)));
    }

    static FederationCode federation(Draw d) {
        return d.chance(50) ? FederationCode.DBU : FederationCode.of(upperCode(d));
    }

    static String upperCode(Draw d) {
        int length = d.chance(10) ? 40 : d.between(1, 12);
        StringBuilder code = new StringBuilder().append(UPPER.charAt(d.between(0, UPPER.length() - 1)));
        for (int i = 1; i < length; i++) {
            code.append(UPPER_TAIL.charAt(d.between(0, UPPER_TAIL.length() - 1)));
        }
        return code.toString();
    }

    static String slug(Draw d) {
        int length = d.chance(10) ? 40 : d.between(1, 12);
        StringBuilder slug = new StringBuilder();
        for (int i = 0; i < length; i++) {
            slug.append(SLUG.charAt(d.between(0, SLUG.length() - 1)));
        }
        return slug.toString();
    }

    static FocusAreaCode focusArea(Draw d) {
        return d.chance(25) ? FocusAreaCode.custom(slug(d)) : d.pick(CATALOGUE_FOCUS_AREAS);
    }

    static TargetGroup targetGroup(Draw d) {
        return d.chance(20) ? TargetGroup.of(slug(d))
                : d.pick(List.of(TargetGroup.INACTIVE, TargetGroup.GIRLS, TargetGroup.AGED_60_PLUS, TargetGroup.DEMENTIA,
                        TargetGroup.UNEMPLOYED_18_29, TargetGroup.VOLUNTEERS_AND_COACHES));
    }

    static String cvr(Draw d) {
        int[] digits = new int[8];
        digits[0] = d.between(1, 9);
        for (int i = 1; i < 7; i++) {
            digits[i] = d.between(0, 9);
        }
        while (true) {
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                sum += digits[i] * CVR_WEIGHTS[i];
            }
            int check = (11 - sum % 11) % 11;
            if (check < 10) {
                digits[7] = check;
                break;
            }
            // No check digit makes this prefix valid: change the sixth digit, which moves the sum by 2.
            digits[6] = (digits[6] + 1) % 10;
        }
        StringBuilder cvr = new StringBuilder(8);
        for (int digit : digits) {
            cvr.append(digit);
        }
        return cvr.toString();
    }
}
