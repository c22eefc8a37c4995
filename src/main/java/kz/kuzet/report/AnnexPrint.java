package kz.kuzet.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.kuzet.registry.Quarter;
import kz.kuzet.registry.StateBody;
import kz.kuzet.registry.annex.AnnexRow;
import kz.kuzet.registry.annex.AnnexSubmission;
import kz.kuzet.security.AccessGuard;
import kz.kuzet.security.Actor;
import kz.kuzet.security.AuditTrail;
import kz.kuzet.security.Permission;
import kz.kuzet.store.Transactions;

/**
 * Prints a state body's committed annex for a quarter in the official form (R-12.c) as a PDF, in Kazakh or
 * Russian. Takes {@link Permission#DATA_EXPORT} on that body (a coordinator: only their own); every print is
 * audited with the document's SHA-256.
 */
public final class AnnexPrint {

    /** The languages the official form is printed in. */
    public static final Set<String> LANGUAGES = Set.of("kk", "ru");

    private final Transactions tx;
    private final AuditTrail audit;
    private final AccessGuard guard;
    private final AnnexDocument document;

    public AnnexPrint(Transactions tx, AuditTrail audit, AccessGuard guard, ReportEngine engine) {
        this.tx = tx;
        this.audit = audit;
        this.guard = guard;
        this.document = new AnnexDocument(engine);
    }

    /** The words of the printed annex and of its errors ({@code kz.kuzet.i18n.annex}) in kk, ru or en. */
    public static java.util.ResourceBundle text(String language) {
        return AnnexTexts.bundle(language);
    }

    /** The annex as a PDF; refused (and audited) unless the actor may export this body's data. */
    public byte[] pdf(Actor actor, String bodyCode, String quarter, String language) {
        Quarter q = Quarter.parse(quarter);
        if (!LANGUAGES.contains(language)) {
            throw new AnnexPrintException("language", language);
        }
        BodyFacts body = tx.read(em -> em.createQuery("select b from StateBody b where b.code = :c", StateBody.class)
                .setParameter("c", bodyCode).getResultStream().findFirst().map(b -> new BodyFacts(b.getId(),
                        b.name(language), b.getContactName(), b.getContactPosition())).orElse(null));
        if (body == null) {
            throw new AnnexPrintException("noBody", bodyCode);
        }
        guard.requireForBody(actor, Permission.DATA_EXPORT, body.id, bodyCode, "print the annex of " + bodyCode);
        Loaded annex = load(bodyCode, q).orElseThrow(() -> new AnnexPrintException("noAnnex", bodyCode, q));
        byte[] pdf = document.pdf(new AnnexDocument.Content(bodyCode, body.name, q, annex.submission.getReceivedAt(),
                body.contactName, body.contactPosition, annex.lines), language);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("state_body", bodyCode);
        details.put("quarter", q.toString());
        details.put("submission", annex.submission.getId());
        details.put("language", language);
        details.put("rows", annex.lines.size());
        details.put("document_sha256", ReportEngine.sha256(pdf));
        tx.run(em -> audit.event(em, actor.name(), "annex.print", details));
        return pdf;
    }

    private record BodyFacts(long id, String name, String contactName, String contactPosition) {
    }

    private record Loaded(AnnexSubmission submission, List<kz.kuzet.registry.annex.AnnexLine> lines) {
    }

    /** The quarter's latest committed annex and its rows, as stored. */
    private java.util.Optional<Loaded> load(String bodyCode, Quarter q) {
        return tx.read(em -> em.createQuery("select s from AnnexSubmission s join s.stateBody b where b.code = :c"
                        + " and s.quarter = :q order by s.receivedAt desc, s.id desc", AnnexSubmission.class)
                .setParameter("c", bodyCode).setParameter("q", q.toString()).setMaxResults(1).getResultStream()
                .findFirst().map(s -> new Loaded(s, em.createQuery("select r from AnnexRow r where r.submission = :s"
                        + " order by r.rowNo, r.id", AnnexRow.class).setParameter("s", s).getResultList().stream()
                        .map(AnnexRow::toLine).toList())));
    }
}
