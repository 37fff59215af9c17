package dk.welfarealliance;

/** The two tracks of an agreement's content (docs/model.md, docs/storage-contract.md). */
public enum Track {
    /** Grassroots (breddeaktiviteter): the agreement has a focus area or an initiative. */
    GRASSROOTS,
    /** Elite (eliteaktiviteter): the agreement has an elite commitment or an elite event. */
    ELITE
}
