package kz.kuzet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import kz.kuzet.ingest.IngestSettings;
import kz.kuzet.ingest.parse.Format;
import kz.kuzet.ingest.parse.ParseFailure;
import kz.kuzet.ingest.parse.ParsedRecord;
import kz.kuzet.ingest.parse.Parsers;
import kz.kuzet.ingest.read.RawRecord;
import kz.kuzet.ingest.read.RecordReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "parse", description = "Parses detections without storing them: one JSON object per record.")
final class ParseCommand implements Callable<Integer> {

    @ParentCommand
    KuzetCommand root;
    @Spec
    CommandSpec spec;
    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "The input's format (default: detected per record): cef, leef, syslog-5424, syslog-3164, "
                    + "suricata, wazuh, windows-xml, windows-json, ecs.")
    Format format;
    @Option(names = "--zone", paramLabel = "ZONE",
            description = "IANA time zone of RFC 3164 syslog times, which carry none (default: Asia/Almaty).")
    String zone;
    @Parameters(index = "0", paramLabel = "FILE|-", description = "The file to parse, or - for standard input.")
    String file;

    @Override
    public Integer call() throws IOException {
        IngestText text = new IngestText(root.language());
        ZoneId syslogZone = zone == null ? IngestSettings.DEFAULT_ZONE : zone(spec, text, zone);
        PrintWriter out = spec.commandLine().getOut();
        Parsers parsers = new Parsers(syslogZone);
        try (InputStream in = open(file, text)) {
            RecordReader reader = new RecordReader(in);
            RawRecord raw;
            while ((raw = reader.next()) != null) {
                out.println(Json.write(toJson(parsers, raw, format, root.clock.instant())));
            }
        } catch (IOException e) {
            throw new CommandFailure(text.get("parse.unreadable", file, e.getMessage()));
        }
        out.flush();
        return 0;
    }

    static Map<String, Object> toJson(Parsers parsers, RawRecord raw, Format forced, java.time.Instant now) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!raw.isUsable()) {
            m.put("format", forced == null ? null : forced.id());
            m.put("error", raw.problem());
            m.put("line", raw.line());
            return m;
        }
        try {
            ParsedRecord r = parsers.parse(raw.text(), forced, now);
            m.put("format", r.format().id());
            m.put("fields", r.fields());
            if (r.isDetection()) {
                m.put("detection", r.detection().toMap());
            } else {
                m.put("eventType", r.eventType());
                m.put("detection", null);
            }
        } catch (ParseFailure e) {
            m.put("format", forced == null ? null : forced.id());
            m.put("error", e.getMessage());
            m.put("line", raw.line());
        }
        return m;
    }

    /** The IANA zone named by {@code --zone}; an unknown one is bad usage (exit 2). */
    static ZoneId zone(CommandSpec spec, IngestText text, String id) {
        try {
            return ZoneId.of(id.trim());
        } catch (DateTimeException e) {
            throw new ParameterException(spec.commandLine(), text.get("usage.zone", id));
        }
    }

    static InputStream open(String file, IngestText text) {
        if ("-".equals(file)) {
            return System.in;
        }
        try {
            return Files.newInputStream(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new CommandFailure(text.get("file.missing", file));
        } catch (IOException e) {
            throw new CommandFailure(text.get("parse.unreadable", file, e.getMessage()));
        }
    }
}
