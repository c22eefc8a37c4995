package kz.kuzet.cli;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Instants as people type them on the command line, and as the console shows them (Asia/Almaty). */
public final class Instants {

    public static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Almaty");
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private Instants() {
    }

    /** ISO-8601 with any offset or zone; a local date-time without one is read in Asia/Almaty. */
    public static Instant parse(String text) {
        String t = text.trim();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the other forms below
        }
        try {
            return ZonedDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the other forms below
        }
        try {
            return LocalDateTime.parse(t).atZone(DISPLAY_ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO-8601 instant, e.g. 2026-07-12T10:00:00+05:00");
        }
    }

    public static String display(Instant instant) {
        return DISPLAY.format(instant.atZone(DISPLAY_ZONE));
    }
}
