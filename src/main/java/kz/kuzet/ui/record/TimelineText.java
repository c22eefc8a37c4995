package kz.kuzet.ui.record;

import java.util.ResourceBundle;

/** The name of a timeline entry's type in the current language. */
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
}
