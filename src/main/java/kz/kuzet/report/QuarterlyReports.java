package kz.kuzet.report;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.kuzet.security.AccessGuard;
import kz.kuzet.security.Actor;
import kz.kuzet.security.AuditTrail;
import kz.kuzet.security.Permission;
import kz.kuzet.store.Transactions;

/**
 * The quarterly summaries: figures from the data, laid out as a PDF in Kazakh or Russian. A summary covers every
 * state body, so a coordinator may not make one; reading it takes {@link Permission#RECORD_READ}, exporting the
 * PDF {@link Permission#DATA_EXPORT} (audited).
 */
public final class QuarterlyReports {

    private static final String WHAT = "the quarterly summary";

    private final QuarterlySummaryService summaries;
    private final QuarterlyRenderer renderer;
    private final Transactions tx;
    private final AuditTrail audit;
    private final AccessGuard guard;

    public QuarterlyReports(QuarterlySummaryService summaries, QuarterlyRenderer renderer, Transactions tx,
            AuditTrail audit, AccessGuard guard) {
        this.summaries = summaries;
        this.renderer = renderer;
        this.tx = tx;
        this.audit = audit;
        this.guard = guard;
    }

    public QuarterlySummary compute(Actor actor, Quarter quarter, SummaryKind kind) {
        guard.requireAllBodies(actor, Permission.RECORD_READ, WHAT);
        return summaries.compute(quarter, kind);
    }

    /** The summary as a PDF; the export is audited with the document's SHA-256. */
    public byte[] pdf(Actor actor, QuarterlySummary summary, String language, QuarterlyRenderer.Signer signer) {
        guard.requireAllBodies(actor, Permission.DATA_EXPORT, WHAT);
        byte[] pdf = renderer.pdf(summary, language, signer);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("report", "quarterly");
        details.put("quarter", summary.quarter().toString());
        details.put("kind", summary.kind().id());
        details.put("language", language);
        details.put("signer", signer == null ? null : signer.name());
        details.put("document_sha256", ReportEngine.sha256(pdf));
        tx.run(em -> audit.event(em, actor, "report.export", details));
        return pdf;
    }
}
