package kz.kuzet.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every string the product shows exists in Kazakh and Russian as well as in the base (English) bundle. */
class BundleParityTest {

    private static final Path BUNDLES = Path.of("src", "main", "resources", "kz", "kuzet", "i18n");

    @Test
    void everyKeyOfEveryBundleIsTranslatedIntoKazakhAndRussian() throws IOException {
        List<Path> bases;
        try (Stream<Path> files = Files.list(BUNDLES)) {
            bases = files.filter(p -> !p.getFileName().toString().matches(".*_(kk|ru|en)\\.properties"))
                    .filter(p -> p.toString().endsWith(".properties")).sorted().toList();
        }
        assertThat(bases).hasSizeGreaterThan(5);
        for (Path base : bases) {
            Set<String> keys = keys(base);
            String name = base.getFileName().toString().replace(".properties", "");
            for (String language : List.of("kk", "ru")) {
                Path translated = BUNDLES.resolve(name + "_" + language + ".properties");
                assertThat(translated).as(name + " in " + language).exists();
                Set<String> missing = new TreeSet<>(keys);
                missing.removeAll(keys(translated));
                assertThat(missing).as("keys of " + name + " missing in " + language).isEmpty();
                for (String key : keys(translated)) {
                    String english = value(base, key);
                    if (english == null || !english.isBlank()) { // a few are blank on purpose (a column without header)
                        assertThat(value(translated, key)).as(name + "_" + language + ": " + key).isNotBlank();
                    }
                }
            }
        }
    }

    private static Set<String> keys(Path file) throws IOException {
        return new TreeSet<>(load(file).stringPropertyNames());
    }

    private static String value(Path file, String key) throws IOException {
        return load(file).getProperty(key);
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
