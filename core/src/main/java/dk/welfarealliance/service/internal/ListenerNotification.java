package dk.welfarealliance.service.internal;

import dk.welfarealliance.service.AllianceListener;
import dk.welfarealliance.service.CommittedChange;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells one committed change to the listeners, in order, each in turn whatever the ones before it did. A
 * listener's exception is logged at WARN and goes no further: the write has committed, and one listener's
 * failure is nobody else's business.
 *
 * <p>The warning, logged as {@code dk.welfarealliance.service.AllianceListener}, names the alliance, the version, the events, the listener's class, the exception's type and
 * where it was thrown, and nothing else: not the exception's message or its stack trace, which come from code
 * the library does not know (a mail server's reply naming an address, a driver's error echoing a contact's
 * name), so any of them could carry personal data. A listener that wants its failures' details logged logs
 * them itself, knowing what they hold.
 */
public final class ListenerNotification implements Runnable {
    // Named after the public interface, so that an operator configures the warning by a name that stays put.
    private static final Logger LOG = LoggerFactory.getLogger(AllianceListener.class);

    private final List<AllianceListener> listeners;
    private final CommittedChange change;

    public ListenerNotification(List<AllianceListener> listeners, CommittedChange change) {
        this.listeners = listeners;
        this.change = change;
    }

    @Override
    public void run() {
        for (AllianceListener listener : listeners) {
            try {
                listener.onCommitted(change);
            } catch (Exception e) { // checked ones too: a listener may throw them sneakily; Errors go on
                LOG.warn("a listener ({}) failed on the committed change of alliance {} to version {} ({}): {}{}; "
                                + "the change stays stored and the other listeners are notified",
                        listener.getClass().getName(), change.getAlliance().getId(), change.getVersion(),
                        change.getEvents(), e.getClass().getName(), thrownAt(e));
            }
        }
    }

    private static String thrownAt(Exception e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length == 0 ? "" : " thrown at " + trace[0];
    }
}
