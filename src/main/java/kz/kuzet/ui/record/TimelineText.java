package kz.kuzet.ui.record;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import kz.kuzet.incident.TimelineEntry;
import kz.kuzet.ui.console.Views;

/** A timeline entry's words in the current language. */
final class TimelineText {
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
}
