package dk.welfarealliance.benchmarks;

/** The baseline of the cold-start row: a JVM that starts from the same jar and does nothing. */
public final class BareStart {
    private BareStart() {}

    public static void main(String[] args) {
        // nothing: the time of this process is the JVM's own start and exit
    }
}
