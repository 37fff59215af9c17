package dk.welfarealliance;

/** The kind of an elite activity held in the municipality (eliteaktivitet). */
public enum EliteEventKind {
    /** A youth international (U15–U21), see {@link AgeGroup} and {@link TeamGender}. */
    YOUTH_INTERNATIONAL,
    /** A women's senior international. */
    WOMENS_INTERNATIONAL,
    /** A men's senior international. */
    MENS_INTERNATIONAL,
    /** A national team training camp (træningssamling). */
    TRAINING_CAMP,
    /** An oldboys international (oldboys-landskamp). */
    OLDBOYS_INTERNATIONAL,
    /** An All Stars match. */
    ALL_STARS_MATCH,
    /** A tournament. */
    TOURNAMENT,
    /**
     * A hosting arrangement: the municipality is the home base of a national (youth) team, which plays its home
     * matches and holds its camps there. A commitment of this kind is met by the team's internationals and camps.
     */
    HOME_BASE,
    /** Any other elite activity. */
    OTHER
}
