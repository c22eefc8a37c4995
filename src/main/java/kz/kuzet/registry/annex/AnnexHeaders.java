package kz.kuzet.registry.annex;

import java.util.Locale;
import java.util.Optional;
import kz.kuzet.registry.Contour;

/** Recognises the annex's column headers and section rows as state bodies write them, in Kazakh or Russian. */
final class AnnexHeaders {

    /** A column that says which section (contour) a row belongs to, in flat files with no section rows. */
    static final String SECTION = "section";

    private AnnexHeaders() {
    }

    private static final String KAZAKH = "әғқңөұүһіi";
    private static final String FOLDED = "агкноууххии";

    /**
     * Lower case, punctuation and line breaks as single spaces, and the Kazakh letters folded to the Russian ones
     * people type instead of them (қ→к, і→и, ё→е …), so headers match however the form was typed.
     */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            int k = KAZAKH.indexOf(c);
            sb.append(k >= 0 ? FOLDED.charAt(k) : c == 'ё' ? 'е' : c);
        }
        return sb.toString().replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** The annex field a header cell names, or {@link #SECTION}, or empty. */
    static Optional<Object> column(String header) {
        String raw = header == null ? "" : header.trim();
        String n = normalise(raw);
        if (n.isEmpty() && !raw.startsWith("№") && !raw.equals("#")) {
            return Optional.empty();
        }
        if (raw.startsWith("№") || raw.equals("#") || n.equals("no") || n.equals("n") || n.equals("nr")
                || n.equals("п п") || n.equals("р с") || n.equals("р н")) {
            return Optional.of(AnnexField.NUMBER);
        }
        String padded = " " + n + " ";
        if (padded.contains(" " + normalise("ip") + " ")) {
            return Optional.of(AnnexField.IP);
        }
        if (containsAny(n, "желілік атау", "сетевое имя", "сетевое наименование", "network name", "hostname",
                "host name", "имя хоста", "имя компьютера")) {
            return Optional.of(AnnexField.HOST);
        }
        if (containsAny(n, "операциялық жүйе", "операционная система", "operating system")
                || n.equals("ос") || n.equals("os") || n.equals("ож")) {
            return Optional.of(AnnexField.OS);
        }
        if (containsAny(n, "таә", "тұлға", "пайдаланушы", "фио", "ответственн", "пользовател", "responsible",
                "full name")) {
            return Optional.of(AnnexField.PERSON);
        }
        if (containsAny(n, "орналасқан", "расположение", "location", "қабат", "этаж")) {
            return Optional.of(AnnexField.LOCATION);
        }
        if (containsAny(n, "бөлімше", "подразделение", "department", "департамент")) {
            return Optional.of(AnnexField.DEPARTMENT);
        }
        if (containsAny(n, "мемлекеттік орган", "государственного орган", "государственный орган", "state body")) {
            return Optional.of(AnnexField.BODY_NAME);
        }
        if (containsAny(n, "контур", "contour", "section", "бөлім", "раздел", "лвс", "желі")) {
            return Optional.of(SECTION);
        }
        return Optional.empty();
    }

    /** The contour a section row or section cell names, or empty when it names neither. */
    static Optional<Contour> contour(String text) {
        String n = normalise(text);
        if (containsAny(n, "ішкі", "внутрен", "internal", "inner")) {
            return Optional.of(Contour.INTERNAL);
        }
        if (containsAny(n, "сыртқы", "внешн", "external", "outer")) {
            return Optional.of(Contour.EXTERNAL);
        }
        return Optional.empty();
    }

    private static boolean containsAny(String text, String... needles) {
        for (String needle : needles) {
            if (text.contains(normalise(needle))) {
                return true;
            }
        }
        return false;
    }
}
