package kz.kuzet.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import kz.kuzet.incident.Severity;
import org.junit.jupiter.api.Test;

class JsonParsersTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-10T08:00:00Z");

    @Test
    void suricataAlertBecomesADetection() {
        String line = "{\"timestamp\":\"2026-03-10T10:00:00.250000+0500\",\"event_type\":\"alert\",\"src_ip\":\"10.5.5.5\","
                + "\"src_port\":4444,\"dest_ip\":\"192.0.2.7\",\"dest_port\":443,\"proto\":\"TCP\",\"alert\":{\"gid\":1,"
                + "\"signature_id\":2030053,\"signature\":\"ET MALWARE Beacon\",\"category\":\"Malware C2\","
                + "\"severity\":1,\"metadata\":{\"mitre_technique_id\":[\"T1071\"]}}}";
        ParsedRecord r = new SuricataEveParser().parse(line, RECEIVED);
        assertThat(r.fields()).containsEntry("alert.signature_id", 2030053L).containsEntry("event_type", "alert")
                .containsEntry("alert.metadata.mitre_technique_id", List.of("T1071"));
        NormalisedDetection d = r.detection();
        assertThat(d.detectedAt()).isEqualTo(Instant.parse("2026-03-10T05:00:00.250Z"));
        assertThat(d.signatureId()).isEqualTo("2030053");
        assertThat(d.severity()).isEqualTo(Severity.HIGH);
        assertThat(d.srcPort()).isEqualTo(4444);
        assertThat(d.mitreTechniques()).containsExactly("T1071");
    }

    @Test
    void suricataNonAlertEventsAreRecognisedButAreNoDetections() {
        ParsedRecord r = new SuricataEveParser().parse(
                "{\"timestamp\":\"2026-03-10T10:00:00+0000\",\"event_type\":\"flow\",\"flow\":{\"pkts_toserver\":3}}",
                RECEIVED);
        assertThat(r.isDetection()).isFalse();
        assertThat(r.eventType()).isEqualTo("flow");
        assertThat(r.fields()).containsEntry("flow.pkts_toserver", 3L);
    }

    @Test
    void wazuhAlertKeepsRuleAgentAndMitre() {
        String line = "{\"timestamp\":\"2026-03-10T08:00:00.000+0000\",\"rule\":{\"level\":12,\"id\":\"5712\","
                + "\"description\":\"sshd brute force\",\"groups\":[\"sshd\",\"authentication_failures\"],"
                + "\"mitre\":{\"id\":[\"T1110\"]}},\"agent\":{\"id\":\"007\",\"name\":\"srv-akimat\",\"ip\":\"10.9.0.7\"},"
                + "\"data\":{\"srcip\":\"203.0.113.9\",\"srcport\":\"50000\",\"srcuser\":\"admin\"}}";
        ParsedRecord r = new WazuhAlertParser().parse(line, RECEIVED);
        assertThat(r.fields()).containsEntry("rule.level", 12L).containsEntry("agent.name", "srv-akimat");
        NormalisedDetection d = r.detection();
        assertThat(d.severity()).isEqualTo(Severity.HIGH);
        assertThat(d.originalSeverity()).isEqualTo("rule.level 12");
        assertThat(d.mitreTechniques()).containsExactly("T1110");
        assertThat(d.srcIp()).isEqualTo("203.0.113.9");
        assertThat(d.srcPort()).isEqualTo(50000);
        assertThat(d.user()).isEqualTo("admin");
        assertThat(d.host()).isEqualTo("srv-akimat");
        assertThat(d.reporterIp()).isEqualTo("10.9.0.7");
    }

    @Test
    void wazuhAlertWithAPlaceholderTimeIsRejected() {
        assertThatThrownBy(() -> new WazuhAlertParser().parse(
                "{\"timestamp\":\"{timestamp}\",\"rule\":{\"level\":3,\"id\":\"1\"}}", RECEIVED))
                .isInstanceOf(ParseFailure.class).hasMessageContaining("not an ISO-8601 time");
    }

    @Test
    void ecsDocumentIsNormalised() {
        String doc = "{\"@timestamp\":\"2026-03-10T08:00:00Z\",\"ecs\":{\"version\":\"8.11.0\"},\"event\":{\"severity\":73,"
                + "\"code\":\"4625\",\"category\":[\"authentication\"]},\"rule\":{\"id\":\"r1\",\"name\":\"Brute force\"},"
                + "\"source\":{\"ip\":\"198.51.100.1\",\"port\":5000},\"host\":{\"name\":\"dc01\"},\"user\":{\"name\":\"bob\"},"
                + "\"threat\":{\"technique\":{\"id\":[\"T1110\"]}}}";
        NormalisedDetection d = new EcsParser().parse(doc, RECEIVED).detection();
        assertThat(d.signatureId()).isEqualTo("r1");
        assertThat(d.severity()).isEqualTo(Severity.HIGH);
        assertThat(d.host()).isEqualTo("dc01");
        assertThat(d.mitreTechniques()).containsExactly("T1110");
        assertThat(d.category()).isEqualTo("authentication");
    }

    @Test
    void invalidJsonSaysWhere() {
        assertThatThrownBy(() -> new EcsParser().parse("{\"a\":", RECEIVED)).isInstanceOf(ParseFailure.class)
                .hasMessageStartingWith("invalid JSON");
    }
}
