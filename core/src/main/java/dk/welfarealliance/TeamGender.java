package dk.welfarealliance;

/** Whether a national team is a women's or a men's team. */
public enum TeamGender {
    WOMEN,
    MEN
}
