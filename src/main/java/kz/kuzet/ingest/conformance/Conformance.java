package kz.kuzet.ingest.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import kz.kuzet.ingest.parse.Format;
import kz.kuzet.ingest.parse.ParseFailure;
import kz.kuzet.ingest.parse.ParsedRecord;
import kz.kuzet.ingest.parse.Parsers;
import kz.kuzet.ingest.parse.Rfc3164Parser;
import kz.kuzet.ingest.parse.Rfc5424Parser;
import kz.kuzet.ingest.parse.SyslogMessage;
import kz.kuzet.ingest.read.RawRecord;
import kz.kuzet.ingest.read.RecordReader;

/**
 * The conformance stage: parses every sample in the real-data folder and compares, field by field, with the expected
 * outputs other parsers' test suites give. Prints one table row per corpus; differences are reported, not failures.
 * Exits 0 when the table printed, 3 when one of our parsers threw anything but a ParseFailure, 2 on bad usage.
 * Not part of the {@code kuzet} command line: {@code java -cp … kz.kuzet.ingest.conformance.Conformance DIR}.
 */
public final class Conformance {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant RECEIVED = Instant.parse("2026-01-15T12:00:00Z");

    private final Path root;
    private final Parsers parsers = new Parsers();
    private final List<Tally> tallies = new ArrayList<>();
    private final List<String> crashes = new ArrayList<>();

    Conformance(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: Conformance REALDATA_DIR (the folder with SOURCES.md)");
            System.exit(2);
        }
        boolean verbose = Boolean.getBoolean("conformance.verbose");
        Conformance c = new Conformance(Path.of(args[0]));
        c.runAll();
        c.print(System.out, verbose);
        System.exit(c.crashes.isEmpty() ? 0 : 3);
    }

    void runAll() throws IOException {
        cefCases();
        cefFiles();
        syslog5424();
        syslog3164();
        windows();
        jsonFiles("suricata", "suricata", Format.SURICATA);
        wazuh();
        jsonFiles("ecs", "ecs", Format.ECS);
    }

    // ---------------------------------------------------------------- CEF

    private void cefCases() throws IOException {
        Path dir = root.resolve("cef");
        Tally jc = new Tally("cef", "jcustenborder/cef-parser cases");
        for (JsonNode c : jsonLines(dir.resolve("jcustenborder-cef-parser_cases.jsonl"))) {
            JsonNode exp = c.get("expected");
            Map<String, String> want = new LinkedHashMap<>();
            exp.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("extensions")) {
                    want.put(e.getKey(), e.getValue().asText());
                }
            });
            exp.path("extensions").fields().forEachRemaining(e -> want.put(e.getKey(), e.getValue().asText()));
            String wantTime = want.remove("timestamp");
            String wantHost = want.remove("host");
            String id = c.path("file").asText();
            ParsedRecord r = compareFields(jc, id, c.get("input").asText(), Format.CEF, want, true);
            boolean ownTime = r != null && (r.fields().containsKey("rt") || r.fields().containsKey("end")
                    || r.fields().containsKey("start"));
            if (r != null && !ownTime && (wantTime != null || wantHost != null)) {
                String ours = r.detection().detectedAt().toString().substring(5, 19);
                String theirs = Instant.ofEpochMilli(Long.parseLong(wantTime)).toString().substring(5, 19);
                if (!ours.equals(theirs) || !Objects.equals(wantHost, r.detection().host())) {
                    jc.agree--;
                    jc.differences.add(id + ": syslog header time/host " + theirs + " " + wantHost + " vs " + ours
                            + " " + r.detection().host());
                }
            }
        }
        jc.choice("a syslog header's time without a year gets the year nearest the receive time; compared without it");
        jc.choice("the detection time is the record's own rt/end/start when present, else the syslog header's");
        jc.choice("'\\|' in an extension value is kept as written (it is no extension escape in the CEF spec)");
        tallies.add(jc);

        Tally ls = new Tally("cef", "logstash-codec-cef spec");
        for (JsonNode c : jsonLines(dir.resolve("logstash-codec-cef_spec_decode_cases.jsonl"))) {
            String id = c.path("id").asText();
            if (c.path("expect_parse_failure").asBoolean(false)) {
                expectFailure(ls, id, c.get("input").asText(), Format.CEF);
                continue;
            }
            Map<String, String> want = new LinkedHashMap<>();
            c.path("expected_header").fields().forEachRemaining(e -> want.put(e.getKey(), e.getValue().asText()));
            c.path("expected_extension").fields().forEachRemaining(e -> want.put(e.getKey(), e.getValue().asText()));
            compareFields(ls, id, c.get("input").asText(), Format.CEF, want, false);
        }
        ls.choice("empty header fields are accepted (as logstash does; pycef rejects them)");
        tallies.add(ls);

        Tally py = new Tally("cef", "pycef tests");
        for (JsonNode c : jsonLines(dir.resolve("pycef_cases.jsonl"))) {
            String id = c.path("file").asText() + ":" + c.path("line").asText();
            String input = c.get("input").asText();
            if (c.get("expected") == null || c.get("expected").isNull()) {
                ParsedRecord r = attempt(py, id, input, Format.CEF);
                if (r == null) {
                    py.agree();
                } else {
                    py.differ(id + ": pycef rejects empty header values; we accept them");
                    py.choice("empty header values accepted (pycef returns None; logstash accepts)");
                }
                continue;
            }
            Map<String, String> want = new LinkedHashMap<>();
            c.get("expected").fields().forEachRemaining(e -> {
                String k = switch (e.getKey()) {
                    case "Name" -> "name";
                    case "DeviceVendor" -> "deviceVendor";
                    case "DeviceProduct" -> "deviceProduct";
                    case "DeviceVersion" -> "deviceVersion";
                    case "DeviceEventClassID" -> "deviceEventClassId";
                    case "Severity" -> "severity";
                    case "CEFVersion" -> "cefVersion";
                    case "DeviceName", "DeviceSeverity" -> null; // pycef's aliases of name and severity
                    default -> e.getKey();
                };
                if (k != null) {
                    want.put(k, e.getValue().asText());
                }
            });
            compareFields(py, id, input, Format.CEF, want, false);
        }
        tallies.add(py);
    }

    private void cefFiles() throws IOException {
        Tally t = new Tally("cef", "all CEF sample files (parse only)");
        try (Stream<Path> files = Files.walk(root.resolve("cef"))) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".jsonl")) {
                    continue;
                }
                if (name.endsWith(".json")) {
                    JsonNode n = JSON.readTree(f.toFile());
                    if (attempt(t, name, n.get("input").asText(), Format.CEF) != null) {
                        t.agree();
                    } else {
                        t.differ(name + ": rejected");
                    }
                    continue;
                }
                readRecords(f, t, Format.CEF, true);
            }
        }
        tallies.add(t);
    }

    // ---------------------------------------------------------------- syslog

    private void syslog5424() throws IOException {
        Path dir = root.resolve("syslog/rfc5424");
        Tally go = new Tally("syslog-5424", "go-syslog rfc5424 machine cases");
        Tally nonCompliant = new Tally("syslog-5424", "go-syslog non-compliant-message cases");
        Rfc5424Parser parser = new Rfc5424Parser();
        for (JsonNode c : jsonLines(dir.resolve("go-syslog_rfc5424_machine_test_cases.jsonl"))) {
            Tally t = c.path("case_set").asText().startsWith("nonCompliant") ? nonCompliant : go;
            String input = decode(c);
            String id = abbreviate(c.path("input").asText());
            boolean valid = c.path("valid").asBoolean();
            if (input == null) {
                if (valid) {
                    t.differ(id + ": not UTF-8; we quarantine such lines, go-syslog accepts them");
                    t.choice("a line that is not UTF-8 is quarantined, never guessed at");
                } else {
                    t.agree();
                }
                continue;
            }
            SyslogMessage m;
            try {
                m = parser.read(input);
            } catch (ParseFailure e) {
                m = null;
            } catch (RuntimeException e) {
                crash("syslog-5424", id, e);
                m = null;
            }
            if (!valid) {
                if (m == null) {
                    t.agree();
                } else {
                    t.differ(id + ": go-syslog rejects (" + c.path("error_string").asText() + "), we accept");
                }
                continue;
            }
            if (m == null) {
                t.differ(id + ": go-syslog accepts, we reject");
                continue;
            }
            JsonNode e = c.get("expected");
            List<String> diffs = new ArrayList<>();
            check(diffs, "facility", e.get("Facility"), m.facility());
            check(diffs, "severity", e.get("Severity"), m.severity());
            check(diffs, "version", e.get("Version"), m.version());
            check(diffs, "hostname", e.get("Hostname"), m.hostname());
            check(diffs, "appname", e.get("Appname"), m.appname());
            check(diffs, "procid", e.get("ProcID"), m.procid());
            check(diffs, "msgid", e.get("MsgID"), m.msgid());
            String msg = m.message() == null ? null : (m.bom() ? "\uFEFF" : "") + m.message();
            check(diffs, "message", e.get("Message"), msg);
            Instant want = e.get("Timestamp").isNull() ? null : rfc3339(e.get("Timestamp").asText());
            if (!Objects.equals(want, m.instant())) {
                diffs.add("timestamp " + want + " vs " + m.instant());
            }
            Object sd = m.structuredDataMap();
            Object wantSd = e.get("StructuredData").isNull() ? null : JSON.convertValue(e.get("StructuredData"),
                    Map.class);
            if (!Objects.equals(wantSd, sd)) {
                diffs.add("structuredData " + wantSd + " vs " + sd);
            }
            if (diffs.isEmpty()) {
                t.agree();
            } else {
                t.differ(id + ": " + String.join("; ", diffs));
            }
        }
        go.choice("a backslash before any other character in an SD value is kept as written (RFC 5424 6.3.3);"
                + " go-syslog rejects it");
        go.choice("a leading BOM is taken off the message and kept as a flag (compared with it put back)");
        nonCompliant.choice("strict RFC 5424: these are go-syslog cases for a lenient option; we reject them too");
        tallies.add(go);
        tallies.add(nonCompliant);

        Tally netty = new Tally("syslog-5424", "netty-codec-syslog cases");
        for (JsonNode c : jsonLines(dir.resolve("netty-codec-syslog_rfc5424_cases.jsonl"))) {
            String id = c.path("file").asText();
            String input = c.get("input").asText();
            SyslogMessage m;
            try {
                m = parser.read(input);
            } catch (ParseFailure e) {
                netty.differ(id + ": netty accepts, we reject: " + e.getMessage());
                continue;
            } catch (RuntimeException e) {
                crash("syslog-5424", id, e);
                continue;
            }
            JsonNode e = c.get("expected");
            List<String> diffs = new ArrayList<>();
            check(diffs, "severity", e.get("level"), m.severity());
            check(diffs, "facility", e.get("facility"), m.facility());
            check(diffs, "version", e.get("version"), m.version());
            check(diffs, "hostname", e.get("host"), m.hostname());
            check(diffs, "appname", e.get("appName"), m.appname());
            check(diffs, "procid", e.get("processId"), m.procid());
            check(diffs, "msgid", e.get("messageId"), m.msgid());
            check(diffs, "message", e.get("message"), m.message());
            Instant want = LocalDateTime.parse(e.get("date").asText()).toInstant(ZoneOffset.UTC);
            if (!want.equals(m.instant())) {
                diffs.add("timestamp " + want + " vs " + m.instant());
            }
            int wantSd = e.path("structuredData").size();
            int ourSd = m.structuredData() == null ? 0 : m.structuredData().size();
            if (wantSd != ourSd) {
                diffs.add("structured data elements " + wantSd + " vs " + ourSd);
            }
            if (diffs.isEmpty()) {
                netty.agree();
            } else {
                netty.differ(id + ": " + String.join("; ", diffs));
            }
        }
        netty.choice("the message is kept exactly as sent after the one separating space (netty trims it)");
        netty.choice("every SD-ELEMENT is read (netty reads only the first and leaves the rest in the message)");
        tallies.add(netty);

        Tally files = new Tally("syslog-5424", "valid/invalid input logs (parse only)");
        readRecords(dir.resolve("go-syslog_rfc5424_valid_inputs.log"), files, Format.SYSLOG_5424, true);
        readRecords(dir.resolve("netty-codec-syslog_rfc5424_inputs.log"), files, Format.SYSLOG_5424, true);
        readRecords(dir.resolve("go-syslog_rfc5424_invalid_inputs.log"), files, Format.SYSLOG_5424, false);
        tallies.add(files);
    }

    private void syslog3164() throws IOException {
        Path dir = root.resolve("syslog/rfc3164");
        Tally t = new Tally("syslog-3164", "go-syslog rfc3164 machine cases");
        Rfc3164Parser parser = new Rfc3164Parser();
        for (JsonNode c : jsonLines(dir.resolve("go-syslog_rfc3164_machine_test_cases.jsonl"))) {
            String input = decode(c);
            String id = abbreviate(c.path("input").asText());
            boolean valid = c.path("valid").asBoolean();
            SyslogMessage m = null;
            try {
                m = input == null ? null : parser.read(input, RECEIVED);
            } catch (ParseFailure e) {
                m = null;
            } catch (RuntimeException e) {
                crash("syslog-3164", id, e);
            }
            if (!valid || m == null) {
                if (valid == (m != null)) {
                    t.agree();
                } else {
                    t.differ(id + ": go-syslog " + (valid ? "accepts" : "rejects") + ", we do not");
                }
                continue;
            }
            JsonNode e = c.get("expected");
            List<String> diffs = new ArrayList<>();
            check(diffs, "facility", e.get("Facility"), m.facility());
            check(diffs, "severity", e.get("Severity"), m.severity());
            check(diffs, "hostname", e.get("Hostname"), m.hostname());
            check(diffs, "appname", e.get("Appname"), m.appname());
            check(diffs, "procid", e.get("ProcID"), m.procid());
            check(diffs, "msgid", e.get("MsgID"), m.msgid());
            check(diffs, "message", e.get("Message"), m.message());
            String want = e.get("Timestamp").asText().substring(5, 19);
            String ours = m.instant() == null ? null : m.instant().toString().substring(5, 19);
            if (!want.equals(ours)) {
                diffs.add("timestamp (month-day time) " + want + " vs " + ours);
            }
            if (diffs.isEmpty()) {
                t.agree();
            } else {
                t.differ(id + ": " + String.join("; ", diffs));
            }
        }
        t.choice("the year is inferred from the receive time (go-syslog leaves year 0); compared without the year");
        tallies.add(t);
        Tally files = new Tally("syslog-3164", "valid input log (parse only)");
        readRecords(dir.resolve("go-syslog_rfc3164_valid_inputs.log"), files, Format.SYSLOG_3164, true);
        tallies.add(files);
    }

    // ---------------------------------------------------------------- Windows, JSON formats

    private void windows() throws IOException {
        Path dir;
        try (Stream<Path> s = Files.list(root.resolve("windows"))) {
            dir = s.filter(Files::isDirectory).findFirst().orElse(root.resolve("windows"));
        }
        Tally parse = new Tally("windows", "evtx snapshots (parse only)");
        Tally pairs = new Tally("windows", "evtx XML vs JSON of the same record");
        Map<String, Map<String, Object>> xml = new LinkedHashMap<>();
        Map<String, Map<String, Object>> json = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.sorted().toList()) {
                String name = f.getFileName().toString();
                String text = Files.readString(f);
                boolean isXml = name.endsWith(".xml");
                ParsedRecord r = attempt(parse, name, text, null);
                if (r == null) {
                    parse.differ(name + ": rejected");
                    continue;
                }
                parse.agree();
                String key = name.replace("event_xml_", "").replace("event_json_", "").replaceAll("\\.(xml|json)$", "");
                (isXml ? xml : json).put(key, r.fields());
            }
        }
        for (Map.Entry<String, Map<String, Object>> e : xml.entrySet()) {
            Map<String, Object> other = json.get(e.getKey());
            if (other == null) {
                continue;
            }
            List<String> diffs = new ArrayList<>();
            for (String k : e.getValue().keySet()) {
                if (!Objects.equals(String.valueOf(e.getValue().get(k)), String.valueOf(other.get(k)))) {
                    diffs.add(k);
                }
            }
            for (String k : other.keySet()) {
                if (!e.getValue().containsKey(k)) {
                    diffs.add(k + " (JSON only)");
                }
            }
            if (diffs.isEmpty()) {
                pairs.agree();
            } else {
                pairs.differ(e.getKey() + ": " + diffs);
            }
        }
        pairs.choice("both renderings give the same field names: System.*, EventData.<Name>, EventData.Data list");
        tallies.add(parse);
        tallies.add(pairs);
    }

    private void jsonFiles(String folder, String format, Format expected) throws IOException {
        Tally t = new Tally(format, folder + " files (every record)");
        Map<String, Integer> other = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(root.resolve(folder))) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                readRecords(f, t, expected, true, other);
            }
        }
        if (!other.isEmpty()) {
            t.choice("non-alert event types recognised and counted: " + other);
        }
        tallies.add(t);
    }

    private void wazuh() throws IOException {
        Path dir = root.resolve("wazuh");
        Tally derived = new Tally("wazuh", "events-generator alerts, times filled in");
        Tally upstream = new Tally("wazuh", "events-generator alerts, '{timestamp}' placeholder");
        Tally qa = new Tally("wazuh", "wazuh-qa integratord alert samples");
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.contains("DERIVED")) {
                    readRecords(f, derived, Format.WAZUH, true);
                } else if (name.contains("events-generator")) {
                    readRecords(f, upstream, Format.WAZUH, false);
                } else if (name.endsWith(".cases.json")) {
                    for (JsonNode c : JSON.readTree(f.toFile())) {
                        String id = c.path("source_case").asText();
                        boolean invalid = id.contains("invalid");
                        ParsedRecord r = attempt(qa, id, c.path("alert_sample_raw").asText(), Format.WAZUH);
                        if ((r == null) == invalid) {
                            qa.agree();
                        } else {
                            qa.differ(id + (invalid ? ": accepted an invalid alert" : ": rejected a valid alert"));
                        }
                    }
                }
            }
        }
        upstream.choice("an alert whose time is not ISO-8601 is quarantined, not given the receive time");
        tallies.add(derived);
        tallies.add(upstream);
        tallies.add(qa);
    }

    // ---------------------------------------------------------------- helpers

    private void readRecords(Path f, Tally t, Format format, boolean shouldParse) throws IOException {
        readRecords(f, t, format, shouldParse, new LinkedHashMap<>());
    }

    private void readRecords(Path f, Tally t, Format format, boolean shouldParse, Map<String, Integer> other)
            throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            RecordReader reader = new RecordReader(in);
            RawRecord raw;
            while ((raw = reader.next()) != null) {
                String id = f.getFileName() + ":" + raw.line();
                lastError = raw.problem();
                ParsedRecord r = raw.isUsable() ? attempt(t, id, raw.text(), format) : null;
                if (r != null && !r.isDetection()) {
                    other.merge(r.eventType(), 1, Integer::sum);
                }
                if ((r != null) == shouldParse) {
                    t.agree();
                } else {
                    t.differ(id + (shouldParse ? ": rejected: " + lastError : ": accepted an invalid record"));
                }
            }
        }
    }

    private String lastError;

    private ParsedRecord attempt(Tally t, String id, String input, Format format) {
        try {
            return parsers.parse(input, format, RECEIVED);
        } catch (ParseFailure e) {
            lastError = e.getMessage();
            return null;
        } catch (RuntimeException e) {
            crash(t.format, id, e);
            return null;
        }
    }

    private void crash(String format, String id, RuntimeException e) {
        crashes.add(format + " " + id + ": " + e);
    }

    private void expectFailure(Tally t, String id, String input, Format format) {
        if (attempt(t, id, input, format) == null) {
            t.agree();
        } else {
            t.differ(id + ": reference rejects, we accept");
        }
    }

    private ParsedRecord compareFields(Tally t, String id, String input, Format format, Map<String, String> want,
            boolean exactExtensions) {
        ParsedRecord r = attempt(t, id, input, format);
        if (r == null) {
            t.differ(id + ": we reject: " + lastError);
            return null;
        }
        List<String> diffs = new ArrayList<>();
        for (Map.Entry<String, String> e : want.entrySet()) {
            Object ours = r.fields().get(e.getKey());
            if (!Objects.equals(e.getValue(), ours == null ? null : ours.toString())) {
                diffs.add(e.getKey() + " '" + abbreviate(e.getValue()) + "' vs '" + abbreviate(String.valueOf(ours))
                        + "'");
            }
        }
        if (exactExtensions) {
            Map<String, String> ext = extensionKeys(r);
            for (String k : ext.keySet()) {
                if (!want.containsKey(k)) {
                    diffs.add("extra key " + k);
                }
            }
        }
        if (diffs.isEmpty()) {
            t.agree();
            return r;
        }
        t.differ(id + ": " + String.join("; ", diffs));
        return null;
    }

    private static Map<String, String> extensionKeys(ParsedRecord r) {
        Map<String, String> m = new LinkedHashMap<>();
        List<String> header = List.of("syslogHeader", "cefVersion", "deviceVendor", "deviceProduct", "deviceVersion",
                "deviceEventClassId", "name", "severity");
        r.fields().forEach((k, v) -> {
            if (!header.contains(k)) {
                m.put(k, String.valueOf(v));
            }
        });
        return m;
    }

    private static void check(List<String> diffs, String field, JsonNode expected, Object ours) {
        String want = expected == null || expected.isNull() ? null : expected.asText();
        String got = ours == null ? null : ours.toString();
        if (!Objects.equals(want, got)) {
            diffs.add(field + " '" + abbreviate(String.valueOf(want)) + "' vs '" + abbreviate(String.valueOf(got))
                    + "'");
        }
    }

    /** The case's input: its base64 bytes when given (authoritative), strictly UTF-8; null when not UTF-8. */
    private static String decode(JsonNode c) {
        String b64 = c.path("input_bytes_b64").asText("");
        if (b64.isEmpty()) {
            return c.path("input").asText();
        }
        byte[] bytes = Base64.getDecoder().decode(b64);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** RFC 3339 allows offsets up to 23:59, beyond what java.time parses. */
    private static Instant rfc3339(String ts) {
        if (ts.endsWith("Z")) {
            return Instant.parse(ts);
        }
        String offset = ts.substring(ts.length() - 6);
        int seconds = (offset.charAt(0) == '-' ? -1 : 1) * (Integer.parseInt(offset.substring(1, 3)) * 3600
                + Integer.parseInt(offset.substring(4, 6)) * 60);
        return LocalDateTime.parse(ts.substring(0, ts.length() - 6)).toInstant(ZoneOffset.UTC).minusSeconds(seconds);
    }

    private static List<JsonNode> jsonLines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    private static String abbreviate(String s) {
        String t = s.replace("\n", "\\n").replace("\r", "\\r");
        return t.length() > 70 ? t.substring(0, 67) + "..." : t;
    }

    void print(PrintStream out, boolean verbose) {
        out.println("Conformance against " + root.toAbsolutePath());
        out.printf("%-12s %-48s %6s %6s %6s%n", "FORMAT", "CORPUS", "CASES", "AGREE", "DIFFER");
        for (Tally t : tallies) {
            out.printf("%-12s %-48s %6d %6d %6d%n", t.format, t.corpus, t.cases, t.agree, t.differ());
        }
        out.println();
        out.println("Our choices where the references disagree or where we differ on purpose:");
        for (Tally t : tallies) {
            for (String c : t.choices) {
                out.println("  [" + t.format + "] " + c);
            }
        }
        out.println();
        out.println("Differences" + (verbose ? "" : " (first 5 per corpus; -Dconformance.verbose=true for all)") + ":");
        for (Tally t : tallies) {
            List<String> shown = verbose ? t.differences : t.differences.subList(0, Math.min(5, t.differences.size()));
            for (String d : shown) {
                out.println("  [" + t.format + " / " + t.corpus + "] " + d);
            }
        }
        if (!crashes.isEmpty()) {
            out.println();
            out.println("PARSER EXCEPTIONS (bugs):");
            crashes.forEach(c -> out.println("  " + c));
        }
    }
}
