package nl.brabant.regiotafel.base.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class TextFontTest {

    private final TextFont bold = TextFont.bold(10, Color.BLACK);

    @Test
    void lettersOfTheRegionsLanguagesPrintAsTheyAre() {
        String text = "Łukasz, Ștefan, Zoë – € 1.250 • …";

        assertThat(bold.printable(text)).isEqualTo(text);
    }

    @Test
    void aLetterTheFontLacksShowsAsASquare() {
        assertThat(bold.printable("Huis 🏠 中文 عربي")).isEqualTo("Huis □ □□ □□□□");
    }

    @Test
    void controlCharactersWithoutAGlyphAreLeftOutNotSquared() {
        assertThat(bold.printable("a\u0000b\u0007c\td\n")).isEqualTo("abc\td\n");
        assertThat(bold.printable(null)).isNull();
    }
}
