package nl.brabant.regiotafel.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The flags of the language cookie; the browser side is in journey.LanguageJourneyTest. */
class LocaleSupportTest {

    @Test
    void languageCookieIsSecureOverTlsAndNeverForScripts() {
        Cookie overTls = LocaleSupport.cookie(LocaleSupport.ENGLISH, "", true);
        assertThat(overTls.getValue()).isEqualTo("en");
        assertThat(overTls.getSecure()).isTrue();
        assertThat(overTls.isHttpOnly()).isTrue();
        assertThat(overTls.getAttribute("SameSite")).isEqualTo("Lax");
        assertThat(overTls.getPath()).isEqualTo("/");
        assertThat(overTls.getMaxAge()).isEqualTo((int) Duration.ofDays(365).toSeconds());

        assertThat(LocaleSupport.cookie(LocaleSupport.DUTCH, "/werkruimte", false))
                .satisfies(plain -> assertThat(plain.getSecure()).isFalse())
                .satisfies(plain -> assertThat(plain.getPath()).isEqualTo("/werkruimte"));
    }
}
