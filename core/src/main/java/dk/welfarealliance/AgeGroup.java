package dk.welfarealliance;

/** The age group of a youth national team. */
public enum AgeGroup {
    U15,
    U16,
    U17,
    U18,
    U19,
    U20,
    U21
}
