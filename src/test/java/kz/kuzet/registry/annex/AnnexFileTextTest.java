package kz.kuzet.registry.annex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import kz.kuzet.registry.RegistryText;
import org.junit.jupiter.api.Test;

/** A file that cannot be read as an annex is explained in Kazakh, Russian and English; so is every row error. */
class AnnexFileTextTest {

    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(AnnexFileException.BUNDLE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void kazakhAndRussianHaveEveryKeyAndEveryPatternParses() {
        ResourceBundle en = bundle("en");
        for (String lang : new String[] {"kk", "ru"}) {
            ResourceBundle b = bundle(lang);
            assertThat(b.getLocale().getLanguage()).isEqualTo(lang);
            assertThat(b.keySet()).as(lang).containsExactlyInAnyOrderElementsOf(en.keySet());
            for (String key : b.keySet()) {
                String text = new MessageFormat(b.getString(key)).format(new Object[] {1, 2, 3, 4});
                assertThat(text).as(lang + " " + key).isNotBlank().isNotEqualTo(
                        new MessageFormat(en.getString(key)).format(new Object[] {1, 2, 3, 4}));
            }
        }
    }

    @Test
    void everyRowErrorIsTranslatedToo() {
        ResourceBundle en = RegistryText.bundle("en");
        for (String lang : new String[] {"kk", "ru"}) {
            ResourceBundle b = RegistryText.bundle(lang);
            for (String key : en.keySet()) {
                if (key.startsWith("annex.err.") || key.startsWith("annex.field.")) {
                    assertThat(b.getString(key)).as(lang + " " + key).isNotEqualTo(en.getString(key));
                }
            }
        }
    }

    @Test
    void unreadableFilesAreExplainedInEachLanguage() {
        byte[] cp1251 = "Құрылымдық бөлімше;IP-адрес\nБухгалтерия;10.0.0.1".getBytes(Charset.forName("windows-1251"));
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
        byte[] binary = {'a', 0, 'b', 0, 'c'};
        byte[] noHeader = "a;b;c\n1;2;3\n".getBytes(StandardCharsets.UTF_8);
        byte[] partHeader = ("№;Құрылымдық бөлімше (департамент);IP-мекенжай;Операциялық жүйенің атауы\n"
                + "1;Бухгалтерия;10.0.0.1;Debian 12\n").getBytes(StandardCharsets.UTF_8);

        assertExplained(failure("empty.csv", new byte[0]), "empty", "empty.csv",
                "«empty.csv» файлы бос.", "Файл «empty.csv» пуст.");
        assertExplained(failure("annex.csv", cp1251), "badEncoding", "UTF-8",
                "кодтауда сақталған", "в другой кодировке");
        assertExplained(failure("old.xls", ole2), "oldXls", "old.xls", "құпиясөзбен қорғалған", "защищённый паролем");
        assertExplained(failure("bin.csv", binary), "binary", "bin.csv", "бинарлық файл", "двоичный файл");
        assertExplained(failure("x.csv", noHeader), "noHeader", "x.csv", "тақырып жолы табылмады",
                "не найден заголовок");
        AnnexFileException columns = failure("part.csv", partHeader);
        assertExplained(columns, "missingColumns", "part.csv", "мына бағандар жоқ", "нет столбцов");
        assertThat(columns.getMessage()).contains("network name of the workstation / server").contains("(row 1)");
        assertThat(columns.message("kk")).contains("жұмыс станциясының / серверлік жабдықтың желілік атауы")
                .contains("(1-жол)");
        assertThat(columns.message("ru")).contains("сетевое имя").contains("строка 1");
    }

    private static AnnexFileException failure(String name, byte[] content) {
        AnnexFileException e = catchThrowableOfType(AnnexFileException.class, () -> AnnexReader.read(name, content));
        assertThat(e).as(name).isNotNull();
        return e;
    }

    private static void assertExplained(AnnexFileException e, String key, String english, String kazakh,
            String russian) {
        assertThat(e.key()).isEqualTo(key);
        assertThat(e.getMessage()).contains(english);
        assertThat(e.message("en")).isEqualTo(e.getMessage());
        assertThat(e.message("kk")).contains(kazakh).isNotEqualTo(e.getMessage());
        assertThat(e.message("ru")).contains(russian).isNotEqualTo(e.getMessage());
        for (String lang : Set.of("kk", "ru")) {
            assertThat(e.message(lang)).as(lang).doesNotContain("{").doesNotContain("''");
        }
    }
}
