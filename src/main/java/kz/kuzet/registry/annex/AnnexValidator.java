package kz.kuzet.registry.annex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import kz.kuzet.registry.IpAddresses;

/** Checks each object row of an annex: required cells, lengths, IP syntax, duplicate network names and IPs. */
public final class AnnexValidator {

    private static final List<AnnexField> REQUIRED = List.of(AnnexField.DEPARTMENT, AnnexField.LOCATION,
            AnnexField.PERSON, AnnexField.HOST, AnnexField.IP, AnnexField.OS);
    private static final Pattern HOST = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");

    private AnnexValidator() {
    }

    public static List<AnnexError> validate(List<AnnexLine> lines, Map<AnnexField, String> columns) {
        List<AnnexError> errors = new ArrayList<>();
        Map<String, Integer> hosts = new HashMap<>();
        Map<String, Integer> ips = new HashMap<>();
        for (AnnexLine line : lines) {
            for (AnnexField field : AnnexField.values()) {
                String v = line.get(field);
                if (field == AnnexField.NUMBER) {
                    continue;
                }
                if (v == null || v.isBlank()) {
                    if (REQUIRED.contains(field)) {
                        errors.add(new AnnexError(line.row(), columns.get(field), "missing " + label(field)));
                    }
                } else if (v.length() > field.maxLength()) {
                    errors.add(new AnnexError(line.row(), columns.get(field), label(field) + " is longer than "
                            + field.maxLength() + " characters"));
                }
            }
            String host = line.host();
            if (host != null && !host.isBlank() && host.length() <= AnnexField.HOST.maxLength()) {
                if (!HOST.matcher(host).matches()) {
                    errors.add(new AnnexError(line.row(), columns.get(AnnexField.HOST), "network name \"" + host
                            + "\" may hold only letters, digits, '.', '-' and '_' (no spaces)"));
                } else {
                    Integer first = hosts.putIfAbsent(host.toLowerCase(Locale.ROOT), line.row());
                    if (first != null) {
                        errors.add(new AnnexError(line.row(), columns.get(AnnexField.HOST), "duplicate network name \""
                                + host + "\": also in row " + first));
                    }
                }
            }
            String ip = line.ip();
            if (ip != null && !ip.isBlank()) {
                var canonical = IpAddresses.canonical(ip);
                if (canonical.isEmpty()) {
                    errors.add(new AnnexError(line.row(), columns.get(AnnexField.IP), "\"" + ip
                            + "\" is not an IPv4 or IPv6 address (e.g. 10.20.1.15 or 2001:db8::15)"));
                } else {
                    Integer first = ips.putIfAbsent(canonical.get(), line.row());
                    if (first != null) {
                        errors.add(new AnnexError(line.row(), columns.get(AnnexField.IP), "duplicate IP address "
                                + ip + ": also in row " + first));
                    }
                }
            }
        }
        return errors;
    }

    static String label(AnnexField field) {
        return switch (field) {
            case NUMBER -> "No.";
            case BODY_NAME -> "state body name";
            case DEPARTMENT -> "structural unit (department)";
            case LOCATION -> "physical location (floor, room)";
            case PERSON -> "full name of the user / responsible person";
            case HOST -> "network name of the workstation / server";
            case IP -> "IP address";
            case OS -> "operating system";
        };
    }
}
