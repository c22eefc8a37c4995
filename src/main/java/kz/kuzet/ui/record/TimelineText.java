package kz.kuzet.ui.record;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.kuzet.incident.TimelineEntry;

/** A timeline entry's type and text in the current language. */
final class TimelineText {
    /** A notice entry as the records (and packages) write it: "KIND → recipient (CHANNEL) № number". */
    private static final Pattern NOTICE = Pattern.compile(
            "(SB|KNB|RECOMMENDATION|ESCALATION) → (.*?)(?: \\((EMAIL|BY_HAND|E_DOCUMENT)\\))?( № .+)?",
            Pattern.DOTALL);

    private TimelineText() {
    }

    static String type(ResourceBundle bundle, String type) {
        String key = "timeline." + type.replace(':', '.');
        if (bundle.containsKey(key)) {
            return bundle.getString(key);
        }
        return type.startsWith("audit:") ? bundle.getString("timeline.audit") + " " + type.substring(6) : type;
    }

    static String text(ResourceBundle bundle, TimelineEntry entry) {
        Matcher m = NOTICE.matcher(entry.text() == null ? "" : entry.text());
        if (!entry.type().startsWith("notice") || !m.matches()) {
            return entry.text();
        }
        String channel = m.group(3) == null ? ""
                : " (" + bundle.getString("channel." + m.group(3).toLowerCase(Locale.ROOT)) + ")";
        return bundle.getString("noticekind." + m.group(1).toLowerCase(Locale.ROOT)) + " → " + m.group(2) + channel
                + (m.group(4) == null ? "" : m.group(4));
    }
}
