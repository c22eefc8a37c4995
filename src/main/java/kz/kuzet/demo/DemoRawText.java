package kz.kuzet.demo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import kz.kuzet.demo.DemoVocabulary.Signature;

/** The raw text a sensor would have sent for a demo detection, in that sensor's own format. */
final class DemoRawText {

    private static final DateTimeFormatter RFC3164 = DateTimeFormatter.ofPattern("MMM d HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.ofHours(5));

    private DemoRawText() {
    }

    static String of(Signature s, Instant at, String srcIp, int srcPort, String dstIp, int dstPort, String host,
            String user) {
        return switch (s.format()) {
            case "suricata" -> String.format(Locale.ROOT,
                    "{\"timestamp\":\"%s\",\"event_type\":\"alert\",\"src_ip\":\"%s\",\"src_port\":%d,"
                            + "\"dest_ip\":\"%s\",\"dest_port\":%d,\"proto\":\"TCP\",\"alert\":{\"action\":\"allowed\","
                            + "\"gid\":1,\"signature_id\":%s,\"rev\":3,\"signature\":\"%s\",\"category\":\"%s\","
                            + "\"severity\":%d}}",
                    at.atOffset(ZoneOffset.ofHours(5)).toString(), srcIp, srcPort, dstIp, dstPort, s.id(), s.name(),
                    s.category(), 4 - Math.max(1, s.severity()));
            case "wazuh" -> String.format(Locale.ROOT,
                    "{\"timestamp\":\"%s\",\"rule\":{\"level\":%d,\"description\":\"%s\",\"id\":\"%s\"%s},"
                            + "\"agent\":{\"id\":\"017\",\"name\":\"%s\",\"ip\":\"%s\"},\"data\":{\"srcip\":\"%s\","
                            + "\"dstuser\":\"%s\"},\"location\":\"/var/log/auth.log\"}",
                    at, 3 + s.severity() * 4, s.name(), s.id(),
                    s.mitre() == null ? "" : ",\"mitre\":{\"id\":[\"" + s.mitre() + "\"]}", host, dstIp, srcIp, user);
            case "cef" -> String.format(Locale.ROOT,
                    "CEF:0|%s|%s|1.0|%s|%s|%d|rt=%d src=%s spt=%d dst=%s dpt=%d dhost=%s suser=%s",
                    s.product().split(" ")[0], s.product(), s.id(), s.name().replace("|", "\\|"), 3 + s.severity() * 2,
                    at.toEpochMilli(), srcIp, srcPort, dstIp, dstPort, host, user);
            case "leef" -> String.format(Locale.ROOT,
                    "LEEF:2.0|IBM|QRadar|7.5|%s|\t|devTime=%d\tsrc=%s\tsrcPort=%d\tdst=%s\tdstPort=%d\tsev=%d",
                    s.id(), at.toEpochMilli(), srcIp, srcPort, dstIp, dstPort, 3 + s.severity() * 2);
            case "windows" -> String.format(Locale.ROOT,
                    "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System>"
                            + "<Provider Name='Microsoft-Windows-Security-Auditing'/><EventID>%s</EventID>"
                            + "<TimeCreated SystemTime='%s'/><Computer>%s</Computer></System><EventData>"
                            + "<Data Name='TargetUserName'>%s</Data><Data Name='IpAddress'>%s</Data></EventData></Event>",
                    s.id(), at, host, user, srcIp);
            case "ecs" -> String.format(Locale.ROOT,
                    "{\"@timestamp\":\"%s\",\"event\":{\"kind\":\"alert\",\"category\":[\"network\"],"
                            + "\"severity\":%d},\"rule\":{\"id\":\"%s\",\"name\":\"%s\"},\"source\":{\"ip\":\"%s\"},"
                            + "\"destination\":{\"ip\":\"%s\",\"port\":%d},\"host\":{\"name\":\"%s\"},"
                            + "\"user\":{\"name\":\"%s\"},\"threat\":{\"technique\":{\"id\":[\"%s\"]}}}",
                    at, 21 * (s.severity() + 1), s.id(), s.name(), srcIp, dstIp, dstPort, host, user, s.mitre());
            default -> String.format(Locale.ROOT, "<%d>%s %s %%%s: %s from %s/%d to %s/%d", 132 - s.severity(),
                    RFC3164.format(at), host, s.id(), s.name(), srcIp, srcPort, dstIp, dstPort);
        };
    }
}
