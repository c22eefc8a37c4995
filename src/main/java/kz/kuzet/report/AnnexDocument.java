package kz.kuzet.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.kuzet.registry.Contour;
import kz.kuzet.registry.annex.AnnexLine;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * Lays a committed annex out as the {@code annex} document, the official form of the Rules' annex (R-12.c):
 * the internal-contour LAN section, then the external-contour one, the rows numbered through both.
 */
public final class AnnexDocument {

    /** What the form is filled for: the body (in the document's language), its signer, the annex's rows. */
    public record Content(String bodyCode, String bodyName, kz.kuzet.registry.Quarter quarter,
            java.time.Instant receivedAt, String signerName, String signerPosition, List<AnnexLine> lines) {
    }

    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final String[] COLUMNS = {"no", "body", "department", "location", "person", "host", "ip", "os"};
    private static final String[] COLUMN_KEYS = {"annex.col.number", "annex.col.body_name", "annex.col.department",
            "annex.col.location", "annex.col.person", "annex.col.host", "annex.col.ip", "annex.col.os"};

    private final ReportEngine engine;

    public AnnexDocument(ReportEngine engine) {
        this.engine = engine;
    }

    public byte[] pdf(Content c, String language) {
        return engine.pdf(List.of(print(c, language)), "Annex " + c.bodyCode() + " " + c.quarter());
    }

    JasperPrint print(Content c, String language) {
        AnnexTexts t = new AnnexTexts(language);
        Map<String, Object> p = new HashMap<>();
        p.put("CAPTION", t.form("annex.form.caption"));
        p.put("TITLE", t.form("annex.form.title"));
        p.put("BODY_TEXT", t.form("annex.form.body", c.bodyName()));
        p.put("QUARTER_TEXT", t.get("print.quarter", Integer.toString(c.quarter().year()),
                ROMAN[c.quarter().number() - 1], DATE.format(c.quarter().firstDay()),
                DATE.format(c.quarter().lastDay())));
        Map<String, String> headers = new HashMap<>();
        for (int i = 0; i < COLUMNS.length; i++) {
            headers.put(COLUMNS[i], t.form(COLUMN_KEYS[i]));
        }
        p.put("HEADERS", headers);
        long internal = c.lines().stream().filter(l -> l.contour() == Contour.INTERNAL).count();
        p.put("TOTAL_TEXT", t.get("print.total", c.lines().size(), internal, c.lines().size() - internal));
        p.put("SIGN_TITLE", t.get("print.sign.title"));
        p.put("SIGNER_NAME", blankToNull(c.signerName()));
        p.put("SIGNER_POSITION", blankToNull(c.signerPosition()));
        p.put("POSITION_LABEL", t.get("print.sign.position"));
        p.put("SIGN_LABEL", t.get("print.sign.signature"));
        p.put("NAME_LABEL", t.get("print.sign.name"));
        p.put("DATE_LABEL", t.get("print.sign.date"));
        p.put("FOOTER_TEXT", t.get("print.footer", c.bodyCode(), c.quarter().toString(),
                DATE_TIME.format(c.receivedAt().atZone(kz.kuzet.registry.AnnexService.ZONE))));
        p.put("PAGE_LABEL", t.get("print.page"));
        p.put(net.sf.jasperreports.engine.JRParameter.REPORT_LOCALE, Locale.forLanguageTag(language));
        return engine.fill("annex", p, new JRMapCollectionDataSource(rows(c, t)));
    }

    /** Each section's objects (or a note that it has none), under its title; numbers run through both. */
    static List<Map<String, ?>> rows(Content c, AnnexTexts t) {
        List<Map<String, ?>> rows = new ArrayList<>();
        int no = 1;
        for (Contour contour : Contour.values()) {
            String section = t.form("annex.section." + contour.name().toLowerCase(Locale.ROOT));
            int before = rows.size();
            for (AnnexLine l : c.lines()) {
                if (l.contour() != contour) {
                    continue;
                }
                Map<String, Object> r = new HashMap<>();
                r.put("section", section);
                r.put("no", no++);
                r.put("body", l.bodyName() == null || l.bodyName().isBlank() ? c.bodyName() : l.bodyName());
                r.put("department", l.department());
                r.put("location", l.location());
                r.put("person", l.person());
                r.put("host", l.host());
                r.put("ip", l.ip());
                r.put("os", l.os());
                rows.add(r);
            }
            if (rows.size() == before) {
                rows.add(Map.of("section", section, "note", t.get("print.section.empty")));
            }
        }
        return rows;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
