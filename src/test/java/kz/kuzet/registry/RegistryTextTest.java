package kz.kuzet.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegistryTextTest {

    @Test
    void kazakhAndRussianHaveEveryKeyAndEveryPatternParses() {
        Set<String> base = RegistryText.bundle("en").keySet();
        for (String lang : new String[] {"kk", "ru"}) {
            ResourceBundle b = RegistryText.bundle(lang);
            assertThat(b.getLocale().getLanguage()).isEqualTo(lang);
            assertThat(b.keySet()).as(lang).containsExactlyInAnyOrderElementsOf(base);
            for (String key : b.keySet()) {
                assertThat(new MessageFormat(b.getString(key)).format(new Object[] {1, 2, 3, 4, 5, 6}))
                        .as(lang + " " + key).isNotBlank();
            }
        }
    }

    @Test
    void annexErrorsReadInEachLanguage() {
        var error = kz.kuzet.registry.annex.AnnexError.of(7, "G", "ip.duplicate", "10.0.0.1", 5);
        assertThat(error.reason()).isEqualTo("duplicate IP address 10.0.0.1: also in row 5");
        assertThat(error.reason(RegistryText.bundle("kk"))).isEqualTo("10.0.0.1 IP-мекенжайы қайталанады: 5-жолда да бар");
        assertThat(error.reason(RegistryText.bundle("ru"))).isEqualTo("IP-адрес 10.0.0.1 повторяется: есть и в строке 5");
        var missing = kz.kuzet.registry.annex.AnnexError.of(8, "E", "missing", "field:responsible_person");
        assertThat(missing.reason()).isEqualTo("missing full name of the user / responsible person");
        assertThat(kz.kuzet.registry.annex.AnnexError.of(3, null, "contour.choose").cell(RegistryText.bundle("ru")))
                .isEqualTo("строка 3");
    }
}
