package kz.kuzet.ui.record;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.kuzet.incident.TimelineEntry;
import kz.kuzet.ui.console.Views;

/** A timeline entry's words in the current language. */
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

    /** Where an imported entry came from (signer and import instant); empty for what happened here. */
    static String origin(ResourceBundle bundle, TimelineEntry entry) {
        if (!entry.imported()) {
            return "";
        }
        TimelineEntry.Origin o = entry.origin();
        return new MessageFormat(bundle.getString("timeline.imported"), bundle.getLocale())
                .format(new Object[] {o.signer(), Views.time(o.importedAt())});
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
