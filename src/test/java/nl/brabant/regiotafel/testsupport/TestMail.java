package nl.brabant.regiotafel.testsupport;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail on the port the test profile's mail sender uses ({@code spring.mail.port}, from the
 * system property {@code regiotafel.test.mail-port}, 3025 by default), so that two test runs on one
 * machine do not take each other's mail.
 */
public final class TestMail {

    private TestMail() {}

    /** For {@code @RegisterExtension static GreenMailExtension mail = TestMail.server();}. */
    public static GreenMailExtension server() {
        int port = Integer.getInteger("regiotafel.test.mail-port", 3025);
        return new GreenMailExtension(
                new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }
}
