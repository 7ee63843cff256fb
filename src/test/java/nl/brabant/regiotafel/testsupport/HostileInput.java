package nl.brabant.regiotafel.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import nl.brabant.regiotafel.base.TextInput;
import nl.brabant.regiotafel.base.UserInputException;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * The hostile input sweep: payloads that have broken other applications, and the one rule every
 * form field must keep for each of them. Either the service refuses the text with a {@link
 * UserInputException} whose message exists in English and Dutch, and nothing is stored; or it
 * stores the text and reads it back exactly, code point for code point. Nothing else: no database
 * error, no '?' for an emoji, no silent truncation.
 */
public final class HostileInput {

    /** What the policy in {@link TextInput} promises for a payload. */
    public enum Expect {
        /**
         * Stored and read back exactly (fields with a format, such as an e-mail address, may refuse
         * it).
         */
        STORED,
        /** Refused: control characters, unpaired surrogates, too long. */
        REFUSED,
        /** A line break: stored by multi-line fields, refused by fields of one line. */
        LINE_BREAK,
        /** Nothing visible: refused by required fields, stored as empty (null) by optional ones. */
        BLANK
    }

    public record Payload(String name, String text, Expect expect) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** The start of the "markup" payload: a script element, which must show as text. */
    public static final String SCRIPT = "<script>alert('x')</script>";

    /** The start of the "sql" payload: an injection, which must be stored as text. */
    public static final String SQL = "'; DROP TABLE meeting; --";

    /** The start of the "formulas" payload: a spreadsheet formula, which must stay text. */
    public static final String FORMULA = "=HYPERLINK(";

    private static final Properties ENGLISH = bundle("vaadin-i18n/translations.properties");
    private static final Properties DUTCH = bundle("vaadin-i18n/translations_nl.properties");

    private HostileInput() {}

    /**
     * Text that is not a field's business to judge. Each stored payload fits the shortest field (60
     * units), so that every field must keep it; the policy's corner cases are unit-tested one by
     * one in TextInputTest.
     */
    public static List<Payload> payloads() {
        List<Payload> p = new ArrayList<>();
        stored(p, "markup", SCRIPT + "<img src=x onerror=alert(1)>");
        stored(p, "breakout-and-link", "\"><svg/onload=alert(1)>[a](javascript:alert(1))");
        stored(p, "templates", "${7*7} {{7*7}} <%= 7*7 %> {0} %s %n &lt; &#0;");
        stored(p, "sql", SQL + " 1' OR '1'='1");
        stored(p, "escapes-and-paths", "100% _ \\ \\\\ \\' \\0 %00 ../../etc/passwd ..\\x");
        stored(p, "bidi", "factuur\u202Efdp.exe \u200Fمرحبا\u200F שלום");
        stored(p, "zero-width", "zero\u200Bwidth\uFEFFno\u200Djoiner\u2060");
        stored(p, "emoji", "😀 👍🏽 👨‍👩‍👧‍👦 🏳️‍🌈 🇳🇱 🇺🇦");
        stored(p, "astral", "𝕏 😀 𠜎 𝄞 🀄 \uDB80\uDC00");
        stored(
                p,
                "combining",
                "e\u0301 Cafe\u0301 naast Café Z\u0351\u036B\u0343\u036A\u0334\u0319\u0324A");
        stored(p, "formulas", FORMULA + "\"https://x.nl\";\"klik\") +31 -1 @SUM(A1)");
        stored(p, "inner-whitespace", "kolom1\tkolom2 a\u00A0b\u202Fc");
        stored(p, "typography-and-cjk", "«Dit» — ‘enkel’ “dubbel” … € ½ \uFFFD 地方 한국어 日本語");
        refused(p, "nul", "voor\u0000na");
        refused(p, "nul-at-end", "naam\u0000");
        refused(p, "form-feed-at-end", "naam\u000C");
        refused(p, "escape-sequence", "\u001B[31mrood\u001B[0m");
        refused(p, "delete", "a\u007Fb");
        refused(p, "c1-control", "a\u0085b");
        refused(p, "lone-high-surrogate", "a\uD83Db");
        refused(p, "lone-low-surrogate", "a\uDE00b");
        refused(p, "high-surrogate-at-end", "eind\uD83D");
        p.add(
                new Payload(
                        "crlf-header",
                        "onderwerp\r\nBcc: iedereen@voorbeeld.nl",
                        Expect.LINE_BREAK));
        p.add(new Payload("line-separator", "a\u2028b", Expect.LINE_BREAK));
        p.add(new Payload("spaces-only", "  \u00A0\u3000 ", Expect.BLANK));
        p.add(new Payload("invisible-only", "\u200B\uFEFF\u202E", Expect.BLANK));
        p.add(new Payload("breaks-only", "\n\r\n\t", Expect.BLANK));
        return p;
    }

    /**
     * Payloads at and just over a field's maximum, counted in UTF-16 units as the browser counts.
     */
    public static List<Payload> sized(int max) {
        String emoji = "😀".repeat(max / 2) + (max % 2 == 1 ? "x" : "");
        return List.of(
                new Payload("max-ascii", "x".repeat(max), Expect.STORED),
                new Payload("max-emoji", emoji, Expect.STORED),
                new Payload("max-plus-one", "x".repeat(max + 1), Expect.REFUSED),
                new Payload("emoji-over-max", "😀".repeat(max / 2 + 1), Expect.REFUSED),
                new Payload("huge", "<script>" + "x".repeat(200_000), Expect.REFUSED));
    }

    /** A form field, reached through its service as a user would reach it. */
    public record Field(
            String name,
            int max,
            boolean multiLine,
            boolean required,
            boolean formatted,
            UnaryOperator<String> wrap,
            Function<String, String> store,
            Supplier<Object> stored,
            List<Payload> extra) {

        /**
         * @param store stores the text through the service and returns what the service reads back
         *     afterwards
         * @param stored a fingerprint of what is stored (a row count, the object's state); a
         *     refusal leaves it equal
         */
        public static Field line(
                String name,
                int max,
                boolean required,
                Function<String, String> store,
                Supplier<Object> stored) {
            return new Field(
                    name,
                    max,
                    false,
                    required,
                    false,
                    UnaryOperator.identity(),
                    store,
                    stored,
                    List.of());
        }

        public static Field multiLine(
                String name,
                int max,
                boolean required,
                Function<String, String> store,
                Supplier<Object> stored) {
            return new Field(
                    name,
                    max,
                    true,
                    required,
                    false,
                    UnaryOperator.identity(),
                    store,
                    stored,
                    List.of());
        }

        /**
         * A field with a format (e-mail, web address, user name): it may refuse any text, as long
         * as clearly.
         */
        public Field formatted(UnaryOperator<String> wrapping) {
            return new Field(name, max, multiLine, required, true, wrapping, store, stored, extra);
        }

        public Field with(List<Payload> more) {
            return new Field(name, max, multiLine, required, formatted, wrap, store, stored, more);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * Sends every payload into the field and checks the rule; all violations are reported together.
     */
    public static void sweep(Field field) {
        SoftAssertions softly = new SoftAssertions();
        List<Payload> all = new ArrayList<>(payloads());
        all.addAll(sized(field.max()));
        all.addAll(field.extra());
        for (Payload payload : all) {
            check(softly, field, payload, field.wrap().apply(payload.text()));
        }
        softly.assertAll();
    }

    private static void check(SoftAssertions softly, Field field, Payload payload, String input) {
        String where = field.name() + " <- " + payload.name();
        Expect expect =
                switch (payload.expect()) {
                    case LINE_BREAK -> field.multiLine() ? Expect.STORED : Expect.REFUSED;
                    // Wrapped into an e-mail address or a web address, nothing-visible is no longer
                    // blank.
                    case BLANK -> input.equals(payload.text()) ? Expect.BLANK : Expect.STORED;
                    default -> payload.expect();
                };
        if (expect != Expect.BLANK && input.strip().length() > field.max()) {
            expect = Expect.REFUSED;
        }
        Object before = field.stored().get();
        String readBack;
        try {
            readBack = field.store().apply(input);
        } catch (UserInputException refused) {
            softly.assertThat(translated(refused))
                    .as(
                            where
                                    + ": refusal "
                                    + refused.messageKey()
                                    + " must exist in English and Dutch")
                    .isTrue();
            softly.assertThat(field.stored().get())
                    .as(where + ": a refusal stores nothing")
                    .isEqualTo(before);
            boolean mayRefuse =
                    expect == Expect.REFUSED
                            || (expect == Expect.BLANK && field.required())
                            || (expect == Expect.STORED && field.formatted());
            softly.assertThat(mayRefuse)
                    .as(
                            where
                                    + ": refused with "
                                    + refused.messageKey()
                                    + " but the policy keeps this text")
                    .isTrue();
            return;
        } catch (RuntimeException other) {
            softly.fail(where + ": neither stored nor refused clearly, but " + other, other);
            return;
        }
        switch (expect) {
            case REFUSED ->
                    softly.fail(
                            where
                                    + ": stored but must be refused; read back "
                                    + shortened(readBack));
            case BLANK -> {
                if (field.required()) {
                    softly.fail(
                            where
                                    + ": a required field stored invisible text: "
                                    + shortened(readBack));
                } else {
                    softly.assertThat(readBack)
                            .as(where + ": invisible text in an optional field is empty")
                            .isNull();
                }
            }
            default -> {
                String expected = input.strip();
                if (!expected.equals(readBack)) {
                    softly.fail(
                            where
                                    + ": read back differs: expected code points "
                                    + codePoints(expected)
                                    + " but got "
                                    + codePoints(readBack));
                }
            }
        }
    }

    /**
     * Whether the refusal's message exists in both bundles and can be formatted with its arguments.
     */
    public static boolean translated(UserInputException e) {
        String english = ENGLISH.getProperty(e.messageKey());
        String dutch = DUTCH.getProperty(e.messageKey());
        if (english == null || dutch == null || english.isBlank() || dutch.isBlank()) {
            return false;
        }
        String shown = new MessageFormat(dutch, Locale.of("nl", "NL")).format(e.arguments());
        return !shown.contains(e.messageKey());
    }

    /** The Dutch text a user sees for a refusal. */
    public static String dutch(UserInputException e) {
        return new MessageFormat(DUTCH.getProperty(e.messageKey()), Locale.of("nl", "NL"))
                .format(e.arguments());
    }

    /**
     * Fails unless the HTML is inert: no element that runs or embeds code, no event handler
     * attribute, no link or source with a script or data URL.
     */
    public static void assertHarmlessHtml(SoftAssertions softly, String where, String html) {
        for (Element element : Jsoup.parseBodyFragment(html).getAllElements()) {
            softly.assertThat(
                            List.of(
                                    "script",
                                    "iframe",
                                    "object",
                                    "embed",
                                    "style",
                                    "svg",
                                    "math",
                                    "form",
                                    "input",
                                    "button",
                                    "img",
                                    "base",
                                    "meta",
                                    "link",
                                    "frame",
                                    "frameset",
                                    "template"))
                    .as(where + ": element <" + element.tagName() + "> in " + html)
                    .doesNotContain(element.tagName());
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                softly.assertThat(name)
                        .as(where + ": event handler in " + html)
                        .doesNotStartWith("on");
                softly.assertThat(List.of("style", "srcdoc", "formaction"))
                        .as(where + ": attribute " + name)
                        .doesNotContain(name);
                String value =
                        attribute
                                .getValue()
                                .replaceAll("[\\s\\p{Cntrl}]", "")
                                .toLowerCase(Locale.ROOT);
                softly.assertThat(value)
                        .as(where + ": script URL in " + html)
                        .doesNotStartWith("javascript:")
                        .doesNotStartWith("vbscript:")
                        .doesNotStartWith("data:");
            }
        }
    }

    private static void stored(List<Payload> list, String name, String text) {
        list.add(new Payload(name, text, Expect.STORED));
    }

    private static void refused(List<Payload> list, String name, String text) {
        list.add(new Payload(name, text, Expect.REFUSED));
    }

    private static String shortened(String text) {
        return text == null
                ? "null"
                : text.length() > 60 ? text.substring(0, 60) + "…(" + text.length() + ")" : text;
    }

    private static String codePoints(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("[");
        text.codePoints().limit(40).forEach(c -> out.append(Integer.toHexString(c)).append(' '));
        return out.append(
                        text.codePointCount(0, text.length()) > 40
                                ? "… (" + text.length() + " units)]"
                                : "]")
                .toString();
    }

    private static Properties bundle(String resource) {
        Properties properties = new Properties();
        try (InputStream in = HostileInput.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
