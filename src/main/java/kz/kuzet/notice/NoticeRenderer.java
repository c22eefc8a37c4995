package kz.kuzet.notice;

import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.kuzet.report.ReportEngine;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/** Turns a record's facts into the notice document: one part per language, one PDF. */
public final class NoticeRenderer {

    private final ReportEngine engine;

    public NoticeRenderer(ReportEngine engine) {
        this.engine = engine;
    }

    /** The request for one document. */
    public record Draft(NoticeFacts facts, NoticeKind kind, NoticeLanguage language, String registrationNumber,
            Instant issuedAt, Signer signer) {
    }

    /** Compiles the templates and checks the font, so nothing is registered when a document cannot be made. */
    public void prepare() {
        engine.template("notice");
        engine.template("notice_objects");
    }

    public byte[] pdf(Draft draft) {
        return engine.pdf(prints(draft), draft.registrationNumber() + " " + draft.kind().name());
    }

    public List<BufferedImage> pageImages(Draft draft, float zoom) {
        return engine.pageImages(prints(draft), zoom);
    }

    List<JasperPrint> prints(Draft d) {
        List<JasperPrint> prints = new ArrayList<>();
        for (String language : d.language().languages()) {
            prints.add(print(d, new NoticeTexts(language)));
        }
        return prints;
    }

    private JasperPrint print(Draft d, NoticeTexts t) {
        NoticeComposer c = new NoticeComposer(d.facts(), t, d.issuedAt());
        Map<String, Object> p = new HashMap<>();
        p.put("ORG_NAME", t.get("org"));
        p.put("REG_LABEL", t.get("reg"));
        p.put("REG_NUMBER", d.registrationNumber());
        p.put("DATE_LABEL", t.get("date"));
        p.put("DATE_TEXT", t.shortTime(d.issuedAt()));
        p.put("TO_LABEL", t.get("to"));
        p.put("RECIPIENT", c.recipient(d.kind()));
        p.put("TITLE", c.title(d.kind()));
        p.put("SUBTITLE", c.basis(d.kind()));
        p.put("SIGNER_POSITION", d.signer().position());
        p.put("SIGNER_NAME", d.signer().name());
        p.put("SIGN_LABEL", t.get("sign"));
        p.put("FOOTER_TEXT", t.get("footer", t.get("reg") + " " + d.registrationNumber(),
                String.valueOf(d.facts().recordId())));
        p.put("PAGE_LABEL", t.get("page"));
        p.put("OBJECTS", c.objectRows());
        p.put("OBJECTS_REPORT", engine.template("notice_objects"));
        p.put("OBJ_HEADERS", c.objectHeaders());
        List<Map<String, ?>> rows = c.sections(d.kind()).stream().<Map<String, ?>>map(NoticeComposer.Section::row)
                .toList();
        return engine.fill("notice", p, new JRMapCollectionDataSource(rows));
    }
}
