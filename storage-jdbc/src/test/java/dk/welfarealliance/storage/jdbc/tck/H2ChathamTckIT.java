package dk.welfarealliance.storage.jdbc.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TimeZone;
import org.junit.jupiter.api.BeforeAll;

/**
 * The TCK on H2 in a JVM whose default time zone is Pacific/Chatham (UTC+12:45/+13:45): instants and dates must
 * not depend on it. Its Surefire execution forks with {@code -Duser.timezone=Pacific/Chatham}.
 */
class H2ChathamTckIT extends H2TckIT {

    @BeforeAll
    static void runsInChatham() {
        assertThat(TimeZone.getDefault().getID()).as("the JVM's default time zone").isEqualTo("Pacific/Chatham");
    }
}
