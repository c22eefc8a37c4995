package kz.kuzet.registry.annex;

import java.util.Map;
import java.util.Objects;
import kz.kuzet.registry.Contour;

/**
 * One object row of an annex as the state body wrote it: its section (contour) and the form's columns 2..8.
 * {@code row} is the row's number in the source (spreadsheet row, CSV line), for error messages.
 */
public record AnnexLine(int row, Contour contour, String bodyName, String department, String location,
        String person, String host, String ip, String os) {

    public String get(AnnexField field) {
        return switch (field) {
            case NUMBER -> Integer.toString(row);
            case BODY_NAME -> bodyName;
            case DEPARTMENT -> department;
            case LOCATION -> location;
            case PERSON -> person;
            case HOST -> host;
            case IP -> ip;
            case OS -> os;
        };
    }

    public AnnexLine withRow(int newRow) {
        return new AnnexLine(newRow, contour, bodyName, department, location, person, host, ip, os);
    }

    /** The fields compared quarter to quarter (the section and columns 3..8). */
    public Map<String, String> comparable() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("contour", contour == null ? null : contour.name().toLowerCase(java.util.Locale.ROOT));
        m.put(AnnexField.DEPARTMENT.id(), department);
        m.put(AnnexField.LOCATION.id(), location);
        m.put(AnnexField.PERSON.id(), person);
        m.put(AnnexField.HOST.id(), host);
        m.put(AnnexField.IP.id(), ip);
        m.put(AnnexField.OS.id(), os);
        return m;
    }

    public boolean sameContent(AnnexLine o) {
        return Objects.equals(comparable(), o.comparable());
    }
}
