package nl.brabant.regiotafel.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the account e-mails GreenMail received, and the links in them. */
public final class AccountMailbox {

    private static final Pattern LINK =
            Pattern.compile(
                    "https?://[^\\s\"<>]+/(uitnodiging|wachtwoord-herstellen|account/e-mail-bevestigen)/([A-Za-z0-9_-]{43})");

    private AccountMailbox() {}

    /** The messages to this address, waiting up to 10 s for at least {@code count}. */
    public static List<MimeMessage> to(GreenMailExtension mail, String address, int count) {
        long until = System.currentTimeMillis() + 10_000;
        List<MimeMessage> found;
        do {
            found =
                    Arrays.stream(mail.getReceivedMessages())
                            .filter(
                                    m ->
                                            GreenMailUtil.getAddressList(recipients(m))
                                                    .contains(address))
                            .toList();
            if (found.size() >= count) {
                return found;
            }
            sleep();
        } while (System.currentTimeMillis() < until);
        assertThat(found).as("mail to " + address).hasSizeGreaterThanOrEqualTo(count);
        return found;
    }

    /** The token of the link in the newest message to this address. */
    public static String token(GreenMailExtension mail, String address, int count) {
        return linkIn(mail, address, count).group(2);
    }

    /** The link's path in the newest message ("uitnodiging/..." or "wachtwoord-herstellen/..."). */
    public static String path(GreenMailExtension mail, String address, int count) {
        Matcher m = linkIn(mail, address, count);
        return m.group(1) + "/" + m.group(2);
    }

    /** The newest message to this address, waiting up to 10 s for one. */
    public static MimeMessage newest(GreenMailExtension mail, String address) {
        return to(mail, address, 1).getLast();
    }

    /** The token of the link in this message. */
    public static String token(MimeMessage message) {
        return linkIn(message).group(2);
    }

    private static Matcher linkIn(GreenMailExtension mail, String address, int count) {
        return linkIn(to(mail, address, count).getLast());
    }

    private static Matcher linkIn(MimeMessage newest) {
        Matcher m =
                LINK.matcher(
                        GreenMailUtil.getBody(newest).replace("=\r\n", "").replace("=3D", "="));
        assertThat(m.find()).as("a link in the mail").isTrue();
        return m;
    }

    private static Address[] recipients(MimeMessage m) {
        try {
            return m.getAllRecipients();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
