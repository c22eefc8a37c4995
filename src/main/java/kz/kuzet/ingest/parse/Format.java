package kz.kuzet.ingest.parse;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The detection formats Kuzet reads; {@link #id()} is the name used on the command line and in output. */
public enum Format {
    CEF("cef"),
    LEEF("leef"),
    SYSLOG_5424("syslog-5424"),
    SYSLOG_3164("syslog-3164"),
    SURICATA("suricata"),
    WAZUH("wazuh"),
    WINDOWS_XML("windows-xml"),
    WINDOWS_JSON("windows-json"),
    ECS("ecs");

    private final String id;

    Format(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Parses a name given with {@code --format}; throws with the list of known names otherwise. */
    public static Format fromId(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (Format f : values()) {
            if (f.id.equals(n) || f.name().toLowerCase(Locale.ROOT).equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown format '" + name + "': use one of " + names() + ".");
    }

    public static String names() {
        return Arrays.stream(values()).map(Format::id).collect(Collectors.joining(", "));
    }
}
