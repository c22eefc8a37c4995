package kz.kuzet.report;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import kz.kuzet.incident.Category;
import kz.kuzet.incident.RecordStatus;
import kz.kuzet.incident.Severity;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/** Lays a {@link QuarterlySummary} out as the {@code quarterly} document in Kazakh or Russian. */
public final class QuarterlyRenderer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final int BAR_WIDTH = 30;
    private static final String[] EIGHTHS = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};

    /** Who signs the summary; null name and position leave the lines empty for a hand signature. */
    public record Signer(String name, String position) {
    }

    private final ReportEngine engine;

    public QuarterlyRenderer(ReportEngine engine) {
        this.engine = engine;
    }

    public byte[] pdf(QuarterlySummary s, String language, Signer signer) {
        return engine.pdf(List.of(print(s, language, signer)), "Quarterly summary " + s.quarter() + " "
                + s.kind().id());
    }

    JasperPrint print(QuarterlySummary s, String language, Signer signer) {
        Texts t = new Texts(language);
        String kind = s.kind().name();
        Map<String, Object> p = new HashMap<>();
        p.put("ORG_NAME", t.get("org." + kind));
        p.put("TITLE", t.get("title." + kind));
        p.put("SUBTITLE", t.get("subtitle." + kind));
        p.put("PERIOD_TEXT", t.get("period", String.valueOf(s.quarter().year()), ROMAN[s.quarter().number() - 1],
                DATE.format(s.quarter().firstDay()), DATE.format(s.quarter().lastDay())));
        boolean knbSigns = s.kind() == SummaryKind.KNB_AUTH;
        String issued = t.get("issued", t.dateTime(s.asOf()));
        if (knbSigns && signer != null && signer.name() != null) {
            issued += "\n" + t.get("preparedBy", signer.name(), signer.position() == null ? "" : signer.position());
        }
        p.put("ISSUED_TEXT", issued);
        p.put("FOOTER_TEXT", t.get("footer", s.quarter().toString(), t.get("subtitle." + kind)));
        p.put("PAGE_LABEL", t.get("page"));
        p.put("SIGN_LABEL", t.get("sign"));
        // KNB sends this one; STS prepares it, and a KNB official signs it
        p.put("SIGNER_NAME", knbSigns || signer == null ? null : signer.name());
        p.put("SIGNER_POSITION", knbSigns ? t.get("signer.knb") : signer == null ? null : signer.position());
        List<Map<String, ?>> sections = new ArrayList<>();
        sections.add(section(t.get("h.totals"), null, "quarterly_figures", totals(s, t), headers(t, "label", "value")));
        sections.add(section(t.get("h.category"), null, "quarterly_bars", bars(s.byCategory(), Category.values(),
                "category.", t), headers(t, "label:category", "count", "share", "bar")));
        sections.add(section(t.get("h.severity"), null, "quarterly_bars", bars(s.bySeverity(), Severity.values(),
                "severity.", t), headers(t, "label:severity", "count", "share", "bar")));
        sections.add(section(t.get("h.clocks"), t.get("asOf", t.dateTime(s.asOf())) + "\n" + t.get("clocks.note"),
                "quarterly_clocks", clocks(s, t), headers(t, "clock", "met", "late", "missed", "running", "median")));
        sections.add(section(t.get("h.bodies"), null, "quarterly_bodies", bodies(s, t, language),
                headers(t, "code", "name", "events", "incidents", "sbNotice", "annex")));
        sections.add(annex(s, t, language));
        sections.add(s.incidentList().isEmpty() ? section(t.get("h.incidents"), t.get("incidents.none"), null, null, null)
                : section(t.get("h.incidents"), null, "quarterly_incidents", lines(s.incidentList(), t),
                        headers(t, "id", "body", "detected", "classification", "description")));
        if (s.kind() == SummaryKind.STS_KNB) {
            // R-13 covers the measures taken for CS events too: their own section, after the incidents
            String note = t.get("events.note", t.number(s.eventMeasures().size()), t.number(s.events()));
            sections.add(s.eventMeasures().isEmpty()
                    ? section(t.get("h.events"), t.get("events.none"), null, null, null)
                    : section(t.get("h.events"), note, "quarterly_bodies", eventMeasures(s, t, language),
                            headers(t, "code", "name", "events", "incidents:withMeasures", "sbNotice:stsMeasures",
                                    "annex:bodyMeasures")));
        }
        return engine.fill("quarterly", p, new JRMapCollectionDataSource(sections));
    }

    private Map<String, ?> section(String heading, String note, String report, List<Map<String, ?>> rows,
            Map<String, String> headers) {
        Map<String, Object> m = new HashMap<>();
        m.put("heading", heading);
        m.put("note", note);
        if (report != null) {
            m.put("report", engine.template(report));
            m.put("rows", (JRDataSource) new JRMapCollectionDataSource(rows));
            m.put("params", new HashMap<>(Map.of("HEADERS", headers)));
        }
        return m;
    }

    private Map<String, ?> annex(QuarterlySummary s, Texts t, String language) {
        if (s.missingAnnex().isEmpty()) {
            return section(t.get("h.annex"), t.get("annex.unknownNote"), null, null, null);
        }
        List<QuarterlySummary.BodyRef> missing = s.missingAnnex().get();
        if (missing.isEmpty()) {
            return section(t.get("h.annex"), t.get("annex.allSubmitted"), null, null, null);
        }
        List<Map<String, ?>> rows = new ArrayList<>();
        for (QuarterlySummary.BodyRef b : missing) {
            rows.add(row("label", name(b.nameKk(), b.nameRu(), language), "value", b.code()));
        }
        return section(t.get("h.annex"), null, "quarterly_figures", rows, headers(t, "label:name", "value:code"));
    }

    private static List<Map<String, ?>> totals(QuarterlySummary s, Texts t) {
        List<Map<String, ?>> rows = new ArrayList<>();
        long affected = s.bodies().stream().filter(b -> b.events() + b.incidents() > 0).count();
        if (s.kind() == SummaryKind.STS_KNB) {
            rows.add(row("label", t.get("total.detections"), "value", t.number(s.detections())));
            rows.add(row("label", t.get("total.events"), "value", t.number(s.events())));
            rows.add(row("label", t.get("total.incidents"), "value", t.number(s.incidents())));
            rows.add(row("label", t.get("total.falsePositives"), "value", t.number(s.falsePositives())));
        } else {
            rows.add(row("label", t.get("total.incidents"), "value", t.number(s.incidents())));
        }
        long escalated = s.incidentList().stream().filter(i -> i.status() == RecordStatus.ESCALATED).count();
        rows.add(row("label", t.get("total.escalated"), "value", t.number(escalated)));
        rows.add(row("label", t.get("total.bodies"), "value", t.number(s.bodies().size())));
        rows.add(row("label", t.get("total.bodiesAffected"), "value", t.number(affected)));
        return rows;
    }

    private static <E extends Enum<E>> List<Map<String, ?>> bars(Map<E, Long> counts, E[] values, String prefix,
            Texts t) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Map<String, ?>> rows = new ArrayList<>();
        for (E v : values) {
            long n = counts.getOrDefault(v, 0L);
            rows.add(row("label", t.get(prefix + v.name()), "count", t.number(n),
                    "share", t.percent(total == 0 ? 0 : 100.0 * n / total), "bar", bar(n, max)));
        }
        return rows;
    }

    /** A horizontal bar of full blocks and one partial block, {@value #BAR_WIDTH} blocks for the largest. */
    static String bar(long value, long max) {
        if (max <= 0 || value <= 0) {
            return "";
        }
        long eighths = Math.max(1, Math.round(8.0 * BAR_WIDTH * value / max));
        return "█".repeat((int) (eighths / 8)) + EIGHTHS[(int) (eighths % 8)];
    }

    private static List<Map<String, ?>> clocks(QuarterlySummary s, Texts t) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (QuarterlySummary.ClockLine c : s.clocks()) {
            if (s.kind() == SummaryKind.STS_KNB || c.total() > 0 || s.incidents() > 0) {
                rows.add(row("clock", t.get("clock." + c.clock().name()),
                        "met", t.countShare(c.met(), c.share(c.met())),
                        "late", t.countShare(c.late(), c.share(c.late())),
                        "missed", t.countShare(c.missed(), c.share(c.missed())),
                        "running", t.number(c.running()),
                        "median", t.duration(c.median())));
            }
        }
        return rows;
    }

    private static List<Map<String, ?>> bodies(QuarterlySummary s, Texts t, String language) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (QuarterlySummary.BodyLine b : s.bodies()) {
            rows.add(row("code", b.code(), "name", name(b.nameKk(), b.nameRu(), language),
                    "events", t.number(b.events()), "incidents", t.number(b.incidents()),
                    "sbNotice", b.sbNoticeDue() == 0 ? "—" : b.sbNoticeMet() + " / " + b.sbNoticeDue(),
                    "annex", b.annexSubmitted() == null ? t.get("annex.unknown")
                            : t.get(b.annexSubmitted() ? "annex.yes" : "annex.no")));
        }
        return rows;
    }

    /**
     * The measures taken for CS events, summed up per state body: events, how many have measures, and how many
     * measures STS and the state body took. A quarter holds thousands of events; each one's measures are in its
     * record.
     */
    private static List<Map<String, ?>> eventMeasures(QuarterlySummary s, Texts t, String language) {
        Map<String, int[]> byBody = new LinkedHashMap<>();
        for (QuarterlySummary.IncidentLine e : s.eventMeasures()) {
            int[] n = byBody.computeIfAbsent(e.bodyCode(), k -> new int[3]);
            n[0]++;
            for (QuarterlySummary.Measure m : e.measures()) {
                n[m.byStateBody() ? 2 : 1]++;
            }
        }
        List<Map<String, ?>> rows = new ArrayList<>();
        int[] total = new int[4];
        for (QuarterlySummary.BodyLine b : s.bodies()) {
            int[] n = byBody.getOrDefault(b.code(), new int[3]);
            if (b.events() == 0 && n[0] == 0) {
                continue;
            }
            rows.add(row("code", b.code(), "name", name(b.nameKk(), b.nameRu(), language),
                    "events", t.number(b.events()), "incidents", t.number(n[0]), "sbNotice", t.number(n[1]),
                    "annex", t.number(n[2])));
            total[0] += b.events();
            for (int i = 0; i < 3; i++) {
                total[i + 1] += n[i];
            }
        }
        rows.add(row("code", "", "name", t.get("events.total"), "events", t.number(total[0]),
                "incidents", t.number(total[1]), "sbNotice", t.number(total[2]), "annex", t.number(total[3])));
        return rows;
    }

    /** Incidents, each with its nature and the measures taken (STS's and the state body's). */
    private static List<Map<String, ?>> lines(List<QuarterlySummary.IncidentLine> records, Texts t) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (QuarterlySummary.IncidentLine i : records) {
            StringBuilder d = new StringBuilder(i.title());
            if (i.measures().isEmpty()) {
                d.append("\n").append(t.get("measures.none"));
            }
            for (QuarterlySummary.Measure m : i.measures()) {
                d.append("\n— ").append(t.get(m.byStateBody() ? "measure.body" : "measure.sts")).append(": ")
                        .append(m.text());
            }
            rows.add(row("id", String.valueOf(i.id()), "body", i.bodyCode(), "detected", t.dateTime(i.detected()),
                    "classification", t.get("category." + i.category().name()) + "\n"
                            + t.get("severity." + i.severity().name()) + ", "
                            + t.get("status." + i.status().name()),
                    "description", d.toString()));
        }
        return rows;
    }

    /** Column headers; "field:key" takes the header of another column's key. */
    private static Map<String, String> headers(Texts t, String... columns) {
        Map<String, String> h = new HashMap<>();
        for (String c : columns) {
            String[] parts = c.split(":");
            h.put(parts[0], t.get("col." + (parts.length > 1 ? parts[1] : parts[0])));
        }
        return h;
    }

    private static Map<String, ?> row(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    private static String name(String kk, String ru, String language) {
        return "ru".equals(language) ? ru : kk;
    }

    private static final class Texts {
        private final ResourceBundle bundle;
        private final Locale locale;

        Texts(String language) {
            this.locale = Locale.forLanguageTag(language);
            this.bundle = ResourceBundle.getBundle("kz.kuzet.i18n.report", locale);
        }

        String get(String key, Object... args) {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
        }

        String number(long n) {
            return String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
        }

        String percent(double p) {
            return String.format(Locale.ROOT, "%.1f %%", p).replace('.', ',');
        }

        String countShare(int n, double share) {
            return n == 0 ? "0" : number(n) + " (" + percent(share).replace(" %", "%") + ")";
        }

        String duration(Duration d) {
            if (d == null) {
                return get("median.none");
            }
            long minutes = d.toMinutes();
            return minutes >= 60 ? get("median.hours", String.valueOf(minutes / 60), String.format("%02d", minutes % 60))
                    : get("median.minutes", String.valueOf(minutes));
        }

        String dateTime(Instant at) {
            return DATE_TIME.format(at.atZone(Quarter.ZONE));
        }
    }
}
