package kz.kuzet.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, written like {@code 2026-Q3}: the period of one annex (R-12.c). */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-?[Qq]([1-4])");

    public Quarter {
        if (number < 1 || number > 4 || year < 2000 || year > 2999) {
            throw new IllegalArgumentException("Not a quarter: " + year + "-Q" + number);
        }
    }

    public static Quarter parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a quarter: write it like 2026-Q3.");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    /** The quarter an instant falls in, on the calendar of the given zone. */
    public static Quarter of(Instant instant, ZoneId zone) {
        return of(instant.atZone(zone).toLocalDate());
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    @Override
    public int compareTo(Quarter o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(number, o.number);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
