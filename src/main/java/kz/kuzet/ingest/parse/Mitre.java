package kz.kuzet.ingest.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** MITRE ATT&CK technique ids (T1110, T1059.001). */
final class Mitre {
    private static final Pattern ID = Pattern.compile("T\\d{4}(?:\\.\\d{3})?");
    private static final Pattern IN_TEXT = Pattern.compile("(?<![A-Za-z0-9])T\\d{4}(?:\\.\\d{3})?(?![0-9])");

    private Mitre() {
    }

    static boolean isTechniqueId(String s) {
        return ID.matcher(s).matches();
    }

    /** Adds every technique id found in free text. */
    static void scan(String text, NormalisedDetection.Builder into) {
        if (text == null || text.indexOf('T') < 0) {
            return;
        }
        Matcher m = IN_TEXT.matcher(text);
        while (m.find()) {
            into.mitre(m.group());
        }
    }
}
