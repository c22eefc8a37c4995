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
                        errors.add(AnnexError.of(line.row(), columns.get(field), "missing",
                                AnnexError.FIELD + field.id()));
                    }
                } else if (v.length() > field.maxLength()) {
                    errors.add(AnnexError.of(line.row(), columns.get(field), "tooLong",
                            AnnexError.FIELD + field.id(), field.maxLength()));
                }
            }
            String host = line.host();
            if (host != null && !host.isBlank() && host.length() <= AnnexField.HOST.maxLength()) {
                if (!HOST.matcher(host).matches()) {
                    errors.add(AnnexError.of(line.row(), columns.get(AnnexField.HOST), "host.syntax", host));
                } else {
                    Integer first = hosts.putIfAbsent(host.toLowerCase(Locale.ROOT), line.row());
                    if (first != null) {
                        errors.add(AnnexError.of(line.row(), columns.get(AnnexField.HOST), "host.duplicate", host,
                                first));
                    }
                }
            }
            String ip = line.ip();
            if (ip != null && !ip.isBlank()) {
                var canonical = IpAddresses.canonical(ip);
                if (canonical.isEmpty()) {
                    errors.add(AnnexError.of(line.row(), columns.get(AnnexField.IP), "ip.invalid", ip));
                } else {
                    Integer first = ips.putIfAbsent(canonical.get(), line.row());
                    if (first != null) {
                        errors.add(AnnexError.of(line.row(), columns.get(AnnexField.IP), "ip.duplicate", ip,
                                first));
                    }
                }
            }
        }
        return errors;
    }

}
