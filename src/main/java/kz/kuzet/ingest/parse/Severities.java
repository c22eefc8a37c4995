package kz.kuzet.ingest.parse;

import java.util.Locale;
import kz.kuzet.incident.Severity;

/** How each source's own severity maps onto the common 4-level scale. */
final class Severities {
    private Severities() {
    }

    /** CEF 0-10 or its names (Unknown, Low, Medium, High, Very-High); also LEEF's 1-10 {@code sev}. */
    static Severity fromZeroToTen(String original) {
        if (original == null || original.isBlank()) {
            return Severity.LOW;
        }
        String s = original.trim().toLowerCase(Locale.ROOT);
        switch (s) {
            case "unknown", "low":
                return Severity.LOW;
            case "medium":
                return Severity.MEDIUM;
            case "high":
                return Severity.HIGH;
            case "very-high", "very high", "veryhigh", "critical":
                return Severity.CRITICAL;
            default:
                break;
        }
        Integer n = Numbers.intOrNull(s);
        if (n == null) {
            return Severity.LOW;
        }
        if (n >= 9) {
            return Severity.CRITICAL;
        }
        if (n >= 7) {
            return Severity.HIGH;
        }
        if (n >= 4) {
            return Severity.MEDIUM;
        }
        return Severity.LOW;
    }

    /** Syslog severity 0 (emergency) … 7 (debug). */
    static Severity fromSyslog(int severity) {
        if (severity <= 1) {
            return Severity.CRITICAL;
        }
        if (severity <= 3) {
            return Severity.HIGH;
        }
        if (severity == 4) {
            return Severity.MEDIUM;
        }
        return Severity.LOW;
    }

    /** Suricata: 1 is the highest; rules may also say Critical in their signature_severity metadata. */
    static Severity fromSuricata(Integer severity, String signatureSeverity) {
        if (signatureSeverity != null && signatureSeverity.equalsIgnoreCase("critical")) {
            return Severity.CRITICAL;
        }
        if (severity == null) {
            return Severity.MEDIUM;
        }
        if (severity <= 1) {
            return Severity.HIGH;
        }
        return severity == 2 ? Severity.MEDIUM : Severity.LOW;
    }

    /** Wazuh rule level 0-15, banded as the Wazuh dashboard bands it. */
    static Severity fromWazuhLevel(int level) {
        if (level >= 15) {
            return Severity.CRITICAL;
        }
        if (level >= 12) {
            return Severity.HIGH;
        }
        if (level >= 7) {
            return Severity.MEDIUM;
        }
        return Severity.LOW;
    }

    /** Windows event Level: 1 critical, 2 error, 3 warning, 4 information, 0 log always. */
    static Severity fromWindowsLevel(Integer level) {
        if (level == null) {
            return Severity.LOW;
        }
        return switch (level) {
            case 1 -> Severity.CRITICAL;
            case 2 -> Severity.HIGH;
            case 3 -> Severity.MEDIUM;
            default -> Severity.LOW;
        };
    }

    /** ECS: names as such; numbers above 10 as a 0-100 risk score, else as CEF's 0-10. */
    static Severity fromEcs(String original) {
        if (original == null) {
            return Severity.LOW;
        }
        Integer n = Numbers.intOrNull(original.trim());
        if (n == null) {
            return fromZeroToTen(original);
        }
        if (n > 10) {
            return n >= 90 ? Severity.CRITICAL : n >= 70 ? Severity.HIGH : n >= 40 ? Severity.MEDIUM : Severity.LOW;
        }
        return fromZeroToTen(original);
    }
}
