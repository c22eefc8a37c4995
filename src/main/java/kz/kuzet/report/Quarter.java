package kz.kuzet.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter in Astana time, e.g. {@code 2026-Q3}: from its first day 00:00 to the next quarter's. */
public record Quarter(int year, int number) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-[Qq]([1-4])");

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("A quarter is numbered 1 to 4, not " + number + ".");
        }
    }

    public static Quarter parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("Quarter '" + text + "' is not like 2026-Q3: give the year, -Q and 1-4.");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static Quarter containing(Instant at) {
        LocalDate d = at.atZone(ZONE).toLocalDate();
        return new Quarter(d.getYear(), (d.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public Instant start() {
        return firstDay().atStartOfDay(ZONE).toInstant();
    }

    /** Exclusive. */
    public Instant end() {
        return firstDay().plusMonths(3).atStartOfDay(ZONE).toInstant();
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
