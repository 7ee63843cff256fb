package nl.brabant.regiotafel.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The text policy every form field follows, character class by character class. */
class TextInputTest {

    @Test
    void everyControlCharacterButTabAndLineBreaksIsRefusedWherever() {
        for (char c = 0; c < 0xA0; c++) {
            if (!Character.isISOControl(c) || c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            for (String text : new String[] {c + "tekst", "te" + c + "kst", "tekst" + c}) {
                String shown = Integer.toHexString(c);
                assertKey(
                        () -> TextInput.optional(text, 100, "x.error"),
                        TextInput.INVALID_CHARACTER,
                        shown);
                assertKey(
                        () -> TextInput.requiredLine(text, 100, "x.error"),
                        TextInput.INVALID_CHARACTER,
                        shown);
            }
        }
        assertThat(TextInput.required("a\tb\r\nc", 100, "x.error")).isEqualTo("a\tb\r\nc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\uD83D", "\uD83Da", "a\uDE00b", "\uDE00\uD83D", "\uD83D\uD83D\uDE00"})
    void unpairedSurrogatesAreRefused(String text) {
        assertKey(
                () -> TextInput.required(text, 100, "x.error"), TextInput.INVALID_CHARACTER, text);
    }

    @Test
    void aLineBreakInsideOneLineIsRefusedAroundItItIsWhitespace() {
        for (String text : new String[] {"a\nb", "a\r\nb", "a\rb", "a\u2028b", "a\u2029b"}) {
            assertKey(
                    () -> TextInput.requiredLine(text, 100, "x.error"), TextInput.LINE_BREAK, text);
            assertThat(TextInput.required(text, 100, "x.error")).isEqualTo(text);
        }
        assertThat(TextInput.requiredLine("\r\n Titel \n", 100, "x.error")).isEqualTo("Titel");
    }

    @Test
    void invisibleTextIsEmptyVisibleTextIsKeptExactly() {
        for (String invisible :
                new String[] {
                    " ", "\u00A0\u3000", "\u200B\uFEFF\u200D", "\u202E", "\u2060\u00AD"
                }) {
            assertKey(
                    () -> TextInput.requiredLine(invisible, 100, "x.error"), "x.error", invisible);
            assertThat(TextInput.optional(invisible, 100, "x.error")).isNull();
        }
        for (String kept :
                new String[] {
                    "👨‍👩‍👧‍👦", "\u200Fשלום", "e\u0301", "𠜎", "\u00A0a", "<script>"
                }) {
            assertThat(TextInput.requiredLine(kept, 100, "x.error")).isEqualTo(kept);
        }
    }

    @Test
    void theMaximumCountsUtf16UnitsAsTheBrowserDoes() {
        assertThat(TextInput.requiredLine("😀".repeat(5), 10, "x.error")).hasSize(10);
        assertKey(
                () -> TextInput.requiredLine("😀".repeat(5) + "x", 10, "x.error"),
                "x.error",
                "11 units");
        assertThatThrownBy(() -> TextInput.optional("x".repeat(11), 10, "x.error"))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.arguments()).containsExactly(10));
    }

    @Test
    void shorteningNeverSplitsACharacter() {
        assertThat(TextInput.shorten("ab😀", 3)).isEqualTo("ab");
        assertThat(TextInput.shorten("a😀b", 3)).isEqualTo("a😀");
        assertThat(TextInput.shorten("abc", 3)).isEqualTo("abc");
        assertThat(TextInput.shorten(null, 3)).isNull();
    }

    private static void assertKey(Runnable call, String key, String what) {
        assertThatThrownBy(call::run)
                .as(what)
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).as(what).isEqualTo(key));
    }
}
