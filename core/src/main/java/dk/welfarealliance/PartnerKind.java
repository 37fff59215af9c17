package dk.welfarealliance;

/** What kind of organisation a {@link Partner} is (other partners besides the clubs). */
public enum PartnerKind {
    UNIVERSITY,
    SPORTS_COUNCIL,
    SCHOOL,
    HEALTH_CENTRE,
    JOB_CENTRE,
    PATIENT_ASSOCIATION,
    FOUNDATION,
    OTHER
}
