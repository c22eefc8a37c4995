package kz.kuzet.ingest.parse;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.kuzet.incident.Severity;

/**
 * The detection a Windows event stands for, from its fields under the names both renderings share
 * ({@code System.EventID}, {@code System.TimeCreated.SystemTime}, {@code EventData.TargetUserName} …).
 */
final class WindowsEvents {

    private record Known(String name, Severity severity, String technique) {
    }

    /** Security events that matter for monitoring, with their severity and ATT&CK technique. */
    private static final Map<String, Known> SECURITY = Map.ofEntries(
            Map.entry("1102", new Known("The audit log was cleared", Severity.HIGH, "T1070.001")),
            Map.entry("4624", new Known("An account was successfully logged on", Severity.LOW, null)),
            Map.entry("4625", new Known("An account failed to log on", Severity.MEDIUM, "T1110")),
            Map.entry("4648", new Known("A logon was attempted using explicit credentials", Severity.LOW, "T1078")),
            Map.entry("4672", new Known("Special privileges assigned to new logon", Severity.LOW, null)),
            Map.entry("4688", new Known("A new process has been created", Severity.LOW, null)),
            Map.entry("4697", new Known("A service was installed in the system", Severity.HIGH, "T1543.003")),
            Map.entry("4698", new Known("A scheduled task was created", Severity.MEDIUM, "T1053.005")),
            Map.entry("4719", new Known("System audit policy was changed", Severity.HIGH, "T1562.002")),
            Map.entry("4720", new Known("A user account was created", Severity.MEDIUM, "T1136.001")),
            Map.entry("4726", new Known("A user account was deleted", Severity.MEDIUM, "T1531")),
            Map.entry("4728", new Known("A member was added to a security-enabled global group", Severity.MEDIUM,
                    "T1098")),
            Map.entry("4732", new Known("A member was added to a security-enabled local group", Severity.MEDIUM,
                    "T1098")),
            Map.entry("4740", new Known("A user account was locked out", Severity.MEDIUM, "T1110")),
            Map.entry("4756", new Known("A member was added to a security-enabled universal group", Severity.MEDIUM,
                    "T1098")),
            Map.entry("4768", new Known("A Kerberos authentication ticket (TGT) was requested", Severity.LOW, null)),
            Map.entry("4769", new Known("A Kerberos service ticket was requested", Severity.LOW, null)),
            Map.entry("4771", new Known("Kerberos pre-authentication failed", Severity.MEDIUM, "T1110")),
            Map.entry("4776", new Known("The computer attempted to validate the credentials for an account",
                    Severity.LOW, null)),
            Map.entry("7045", new Known("A new service was installed in the system", Severity.HIGH, "T1543.003")));

    private WindowsEvents() {
    }

    static NormalisedDetection normalise(Map<String, Object> f, String raw, Format format) {
        String eventId = text(f, "System.EventID");
        if (eventId == null) {
            throw new ParseFailure("Windows event without System/EventID");
        }
        String time = text(f, "System.TimeCreated.SystemTime");
        Instant at = Timestamps.isoOrNull(time);
        if (at == null) {
            throw new ParseFailure("Windows event " + eventId + " has no readable System/TimeCreated/@SystemTime");
        }
        NormalisedDetection.Builder b = NormalisedDetection.builder(raw).time(at);
        String provider = text(f, "System.Provider.Name");
        b.product(provider == null ? "Windows" : provider);
        String channel = text(f, "System.Channel");
        Known known = "Security".equalsIgnoreCase(channel) || provider != null && provider.contains("Security")
                || "System".equalsIgnoreCase(channel) ? SECURITY.get(eventId) : null;
        b.signature(eventId, known != null ? known.name() : "Windows event " + eventId
                + (channel == null ? "" : " (" + channel + ")"));
        Integer level = Numbers.intOrNull(text(f, "System.Level"));
        b.severity(known != null ? known.severity() : Severities.fromWindowsLevel(level),
                "Level " + (level == null ? "-" : level));
        b.category(channel);
        b.host(text(f, "System.Computer"));
        b.user(first(text(f, "EventData.TargetUserName"), text(f, "EventData.SubjectUserName")));
        String ip = text(f, "EventData.IpAddress");
        b.source(ip, Numbers.portOrNull(text(f, "EventData.IpPort")));
        if (known != null && known.technique() != null) {
            b.mitre(known.technique());
        }
        return b.build();
    }

    static String text(Map<String, Object> f, String key) {
        Object v = f.get(key);
        if (v instanceof List<?> list) {
            return list.isEmpty() ? null : String.valueOf(list.get(0));
        }
        return v == null ? null : v.toString();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank() && !v.strip().equals("-")) {
                return v;
            }
        }
        return null;
    }
}
