package dk.welfarealliance.storage.tck;

/**
 * A failed contract check that knows its cause in one line ({@link #getMessage()}) and keeps the long part, e.g.
 * short descriptions of the values compared, apart ({@link #detail()}), so that the failure message can lead with
 * the cause and cap the rest ({@link FailureReport}).
 */
final class ContractFailure extends AssertionError {
    private static final long serialVersionUID = 1L;

    private final String detail;

    ContractFailure(String cause, String detail) {
        super(cause);
        this.detail = detail;
    }

    /** @return what else helps to read the failure, possibly long */
    String detail() {
        return detail;
    }
}
