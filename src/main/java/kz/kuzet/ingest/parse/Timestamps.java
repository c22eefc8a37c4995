package kz.kuzet.ingest.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;

/** The time formats detections carry, read into UTC instants. */
final class Timestamps {

    /** ISO-8601 with an offset written as Z, +05:00, +0500 or +05. */
    private static final DateTimeFormatter ISO_ANY_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);

    /** CEF's {@code MMM dd yyyy HH:mm:ss[.SSS]}. */
    private static final DateTimeFormatter CEF_WITH_YEAR = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("MMM d yyyy HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .toFormatter(Locale.ENGLISH);

    private Timestamps() {
    }

    /** An ISO-8601 instant with offset (a missing offset is read as UTC), or null when it is not one. */
    static Instant isoOrNull(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        if (t.length() < 16 || t.length() > 40) {
            return null;
        }
        if (t.length() > 10 && t.charAt(10) == ' ') {
            t = t.substring(0, 10) + 'T' + t.substring(11);
        }
        try {
            var parsed = ISO_ANY_OFFSET.parseBest(t, OffsetDateTime::from, LocalDateTime::from);
            if (parsed instanceof OffsetDateTime odt) {
                return odt.toInstant();
            }
            return ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * CEF's time fields ({@code rt}, {@code start}, {@code end}): milliseconds since the epoch, {@code MMM dd yyyy
     * HH:mm:ss[.SSS][ zone]}, or ISO-8601. Without a zone, {@code dtz} or else UTC applies. Null when unreadable.
     */
    static Instant cefOrNull(String text, String deviceZone) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        if (t.chars().allMatch(Character::isDigit) && t.length() >= 9 && t.length() <= 15) {
            try {
                return Instant.ofEpochMilli(Long.parseLong(t));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        Instant iso = isoOrNull(t);
        if (iso != null) {
            return iso;
        }
        ZoneId zone = zoneOrUtc(deviceZone);
        String[] words = t.split("\\s+");
        if (words.length == 5) {
            zone = zoneOrNull(words[4]) == null ? zone : zoneOrNull(words[4]);
            t = String.join(" ", words[0], words[1], words[2], words[3]);
        }
        try {
            return LocalDateTime.parse(t, CEF_WITH_YEAR).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static ZoneId zoneOrUtc(String zone) {
        ZoneId z = zoneOrNull(zone);
        return z == null ? ZoneOffset.UTC : z;
    }

    static ZoneId zoneOrNull(String zone) {
        if (zone == null || zone.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(zone.trim(), ZoneId.SHORT_IDS);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
