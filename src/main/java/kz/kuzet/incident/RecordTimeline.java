package kz.kuzet.incident;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kz.kuzet.notice.Notice;
import kz.kuzet.packages.content.PackagedImportedAuditEntry;
import kz.kuzet.packages.importing.ImportedAudit;
import kz.kuzet.security.AuditEntry;

/** Everything that happened to a record, oldest first: its facts and the audit entries, local and imported. */
final class RecordTimeline {

    private RecordTimeline() {
    }

    static List<TimelineEntry> of(EntityManager em, long recordId) {
        List<TimelineEntry> t = new ArrayList<>();
        for (Detection d : list(em, "select d from Detection d where d.record.id = :id", Detection.class, recordId)) {
            t.add(new TimelineEntry(d.getDetectedAt(), "detection", d.getSourceProduct(),
                    d.getSignatureName() + " — " + d.getSrcIp() + " → " + d.getDstIp()));
        }
        for (Notice n : list(em, "select n from Notice n where n.record.id = :id", Notice.class, recordId)) {
            Instant at = n.getSentAt() != null ? n.getSentAt() : n.getCreatedAt();
            String type = n.getSentAt() != null ? "notice" : "notice_made";
            t.add(new TimelineEntry(at, type, null, n.getKind() + " → " + n.getRecipient()
                    + (n.getChannel() == null ? "" : " (" + n.getChannel() + ")")
                    + (n.getRegistrationNumber() == null ? "" : " № " + n.getRegistrationNumber())));
        }
        for (Recommendation r : list(em, "select r from Recommendation r where r.record.id = :id",
                Recommendation.class, recordId)) {
            t.add(new TimelineEntry(r.getGivenAt(), "recommendation", r.getAuthor(), r.getText()));
        }
        for (ContainmentMeasure m : list(em, "select m from ContainmentMeasure m where m.record.id = :id",
                ContainmentMeasure.class, recordId)) {
            t.add(new TimelineEntry(m.getTakenAt(), "measure", m.getAuthor(), m.getDescription()));
        }
        for (OnSiteDispatch d : list(em, "select d from OnSiteDispatch d where d.record.id = :id",
                OnSiteDispatch.class, recordId)) {
            t.add(new TimelineEntry(d.getDecidedAt(), "dispatch", d.getDecidedBy().name(), d.getEmployee()
                    + (d.getNotes() == null || d.getNotes().isBlank() ? "" : " — " + d.getNotes())));
        }
        for (StateBodyReport s : list(em, "select s from StateBodyReport s where s.record.id = :id",
                StateBodyReport.class, recordId)) {
            t.add(new TimelineEntry(s.getReceivedAt(), "report", null, join(s.getAnalysis(), s.getMeasures())
                    + (s.isCausesEliminated() ? " ✓" : "")));
        }
        for (AuditEntry a : list(em, "select a from AuditEntry a where a.recordId = :id", AuditEntry.class,
                recordId)) {
            if (!a.getAction().startsWith("detection.")) {
                t.add(new TimelineEntry(a.getAt(), "audit:" + a.getAction(), a.getActor(), a.getAction()));
            }
        }
        t.addAll(imported(em, recordId));
        t.sort(Comparator.comparing(TimelineEntry::at));
        return t;
    }

    /** The imported audit entries, each marked with the package it really came from. */
    private static List<TimelineEntry> imported(EntityManager em, long recordId) {
        List<TimelineEntry> t = new ArrayList<>();
        for (PackagedImportedAuditEntry a : ImportedAudit.ofRecord(em, recordId)) {
            PackagedImportedAuditEntry.Origin o = a.origin();
            if (!a.entry().action().startsWith("detection.")) {
                t.add(new TimelineEntry(a.entry().at(), "audit:" + a.entry().action(), a.entry().actor(),
                        a.entry().action(), new TimelineEntry.Origin(o.packageId(), o.signer(),
                                o.signerFingerprint(), o.exportedAt(), o.importedAt())));
            }
        }
        return t;
    }

    private static <T> List<T> list(EntityManager em, String jpql, Class<T> type, long recordId) {
        return em.createQuery(jpql, type).setParameter("id", recordId).getResultList();
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b == null ? "" : b;
        }
        return b == null || b.isBlank() ? a : a + " / " + b;
    }
}
