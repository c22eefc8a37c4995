package kz.kuzet.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import kz.kuzet.incident.Severity;
import org.junit.jupiter.api.Test;

class WindowsEventParsersTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-10T08:00:00Z");

    private static final String XML = """
            <Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
              <System>
                <Provider Name="Microsoft-Windows-Security-Auditing" Guid="{54849625-5478-4994-a5ba-3e3b0328c30d}"/>
                <EventID>4625</EventID>
                <Level>0</Level>
                <TimeCreated SystemTime="2026-03-10T07:15:00.1234567Z"/>
                <Channel>Security</Channel>
                <Computer>dc01.minfin.local</Computer>
              </System>
              <EventData>
                <Data Name="TargetUserName">a.seitkali</Data>
                <Data Name="IpAddress">10.44.0.12</Data>
                <Data Name="IpPort">50412</Data>
                <Data Name="Note">x &amp; y</Data>
              </EventData>
            </Event>""";

    private static final String JSON = """
            {"Event":{"#attributes":{"xmlns":"http://schemas.microsoft.com/win/2004/08/events/event"},
             "System":{"Provider":{"#attributes":{"Name":"Microsoft-Windows-Security-Auditing",
               "Guid":"{54849625-5478-4994-a5ba-3e3b0328c30d}"}},"EventID":4625,"Level":0,
               "TimeCreated":{"#attributes":{"SystemTime":"2026-03-10T07:15:00.1234567Z"}},"Channel":"Security",
               "Computer":"dc01.minfin.local"},
             "EventData":{"TargetUserName":"a.seitkali","IpAddress":"10.44.0.12","IpPort":"50412","Note":"x & y"}}}""";

    @Test
    void xmlExportIsReadIntoSharedFieldNames() {
        ParsedRecord r = new WindowsEventXmlParser().parse(XML, RECEIVED);
        assertThat(r.fields()).containsEntry("System.EventID", "4625")
                .containsEntry("System.Provider.Name", "Microsoft-Windows-Security-Auditing")
                .containsEntry("EventData.TargetUserName", "a.seitkali").containsEntry("EventData.Note", "x & y");
        NormalisedDetection d = r.detection();
        assertThat(d.detectedAt()).isEqualTo(Instant.parse("2026-03-10T07:15:00.1234567Z"));
        assertThat(d.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(d.signatureName()).isEqualTo("An account failed to log on");
        assertThat(d.user()).isEqualTo("a.seitkali");
        assertThat(d.srcIp()).isEqualTo("10.44.0.12");
        assertThat(d.host()).isEqualTo("dc01.minfin.local");
        assertThat(d.mitreTechniques()).containsExactly("T1110");
    }

    @Test
    void jsonRenderingGivesTheSameFieldsAsXml() {
        ParsedRecord json = new WindowsEventJsonParser().parse(JSON, RECEIVED);
        ParsedRecord xml = new WindowsEventXmlParser().parse(XML, RECEIVED);
        assertThat(json.fields()).isEqualTo(xml.fields());
        assertThat(json.detection().signatureId()).isEqualTo("4625");
    }

    @Test
    void unnamedDataBecomeAList() {
        ParsedRecord r = new WindowsEventXmlParser().parse("<Event><System><EventID>1</EventID>"
                + "<TimeCreated SystemTime=\"2026-03-10T07:15:00Z\"/></System><EventData><Data>a</Data><Data>b</Data>"
                + "</EventData></Event>", RECEIVED);
        assertThat(r.fields()).containsEntry("EventData.Data", java.util.List.of("a", "b"));
    }

    @Test
    void refusesDoctypesAndForeignRoots() {
        assertThatThrownBy(() -> new WindowsEventXmlParser().parse("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e "
                + "SYSTEM \"file:///etc/passwd\">]><Event>&e;</Event>", RECEIVED)).isInstanceOf(ParseFailure.class);
        assertThatThrownBy(() -> new WindowsEventXmlParser().parse("<Log/>", RECEIVED))
                .isInstanceOf(ParseFailure.class).hasMessageContaining("expecting a Windows <Event>");
    }
}
