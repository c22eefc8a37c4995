package kz.kuzet.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import kz.kuzet.packages.read.RefusalReason;
import org.junit.jupiter.api.Test;

/** The review speaks Kazakh, Russian and English alike: same keys, and a headline for every refusal. */
class ReviewTextTest {

    @Test
    void everyLanguageHasEveryString() {
        Set<String> en = keys("en");
        assertThat(keys("kk")).isEqualTo(en);
        assertThat(keys("ru")).isEqualTo(en);
    }

    @Test
    void everyRefusalReasonHasItsOwnHeadlineInEachLanguage() {
        for (String language : new String[] {"kk", "ru", "en"}) {
            ReviewText text = ReviewText.of(language);
            String other = text.headline(new Refusal("f.kzp", "other", ""));
            for (RefusalReason reason : RefusalReason.values()) {
                assertThat(text.headline(new Refusal("f.kzp", reason.code(), ""))).as(language + " " + reason)
                        .isNotBlank().isNotEqualTo(other);
            }
        }
    }

    @Test
    void theOneLineNamesTheFileAndCarriesTheReadersMessage() {
        Refusal r = new Refusal("x.kzp", "unsigned", "Пакетке қол қойылмаған.");
        assertThat(ReviewText.of("kk").oneLine(r)).isEqualTo("x.kzp ашылмады: Пакетке қол қойылмаған.");
    }

    private static Set<String> keys(String language) {
        return new TreeSet<>(Collections.list(ReviewText.of(language).bundle().getKeys()));
    }
}
