package kz.kuzet.packages.export;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kz.kuzet.clock.RegulationClocks;
import kz.kuzet.incident.ContainmentMeasure;
import kz.kuzet.incident.Detection;
import kz.kuzet.incident.IncidentRecord;
import kz.kuzet.incident.OnSiteDispatch;
import kz.kuzet.incident.Recommendation;
import kz.kuzet.incident.RecordDetail;
import kz.kuzet.incident.StateBodyReport;
import kz.kuzet.notice.Notice;
import kz.kuzet.packages.PackageFormat;
import kz.kuzet.packages.content.PackagedAnnexRow;
import kz.kuzet.packages.content.PackagedAuditEntry;
import kz.kuzet.packages.content.PackagedDetection;
import kz.kuzet.packages.content.PackagedFollowUp;
import kz.kuzet.packages.content.PackagedNotice;
import kz.kuzet.packages.content.PackagedRecord;
import kz.kuzet.packages.importing.ImportedAudit;
import kz.kuzet.registry.StateBody;
import kz.kuzet.registry.annex.AnnexLine;
import kz.kuzet.registry.annex.AnnexSubmission;
import kz.kuzet.security.AuditEntry;

/** Reads a record's package content from the database (access is checked by the caller). */
final class RecordContentLoader {

    private RecordContentLoader() {
    }

    static RecordContent load(EntityManager em, RecordDetail detail, String recordKey, Instant at) {
        long id = detail.summary().id();
        IncidentRecord r = em.find(IncidentRecord.class, id);
        StateBody body = r.getStateBody();
        PackagedRecord record = new PackagedRecord(recordKey, id, new PackagedRecord.BodyRef(body.getCode(),
                body.getNameKk(), body.getNameRu(), body.getKind().name()), detail, at,
                RegulationClocks.evaluate(detail.summary().facts(), at).clocks());

        List<PackagedDetection> detections = list(em, "select d from Detection d left join fetch d.object"
                + " where d.record.id = :id order by d.detectedAt, d.id", Detection.class, id).stream()
                .map(d -> new PackagedDetection(d.getId(), d.getDedupKey(), d.getSourceFormat(), d.getSourceProduct(),
                        d.getSignatureId(), d.getSignatureName(), d.getSeverity().name(), d.getOriginalSeverity(),
                        d.getCategory(), d.getSrcIp(), d.getSrcPort(), d.getDstIp(), d.getDstPort(), d.getHostName(),
                        d.getUserName(), d.getMitreTechniques(), d.getDetectedAt(), d.getFirstSeen(),
                        d.getLastSeen(), d.getOccurrenceCount(), d.getIngestedAt(),
                        d.getObject() == null ? null : d.getObject().getHostName(),
                        d.getObject() == null ? null : d.getObject().getIpAddress(), d.getRawText()))
                .toList();

        List<PackagedNotice> notices = new ArrayList<>();
        List<byte[]> pdfs = new ArrayList<>();
        for (Notice n : list(em, "select n from Notice n where n.record.id = :id order by n.createdAt, n.id",
                Notice.class, id)) {
            boolean hasPdf = n.getDocument() != null;
            notices.add(new PackagedNotice(n.getId(), n.getKind().name(), n.getRecipient(), n.getLanguage(),
                    n.getRegistrationNumber(), n.getRegYear(), n.getRegSeq(), n.getCreatedAt(), n.getSentAt(),
                    n.getReceivedAt(), n.getChannel() == null ? null : n.getChannel().name(),
                    n.getDeliveryReference(), n.getDocumentSha256(), hasPdf ? PackageFormat.noticePdf(n.getId()) : null));
            pdfs.add(n.getDocument());
        }

        List<PackagedFollowUp.Recommendation> recommendations = list(em, "select r from Recommendation r"
                + " where r.record.id = :id order by r.givenAt, r.id", Recommendation.class, id).stream()
                .map(x -> new PackagedFollowUp.Recommendation(x.getId(), x.getGivenAt(), x.getAuthor(), x.getText()))
                .toList();
        List<PackagedFollowUp.Measure> measures = list(em, "select m from ContainmentMeasure m left join fetch"
                + " m.sensor where m.record.id = :id order by m.takenAt, m.id", ContainmentMeasure.class, id).stream()
                .map(m -> new PackagedFollowUp.Measure(m.getId(), m.getTakenAt(), m.getAuthor(),
                        m.getSensor() == null ? null : m.getSensor().getKind() + " " + m.getSensor().getProduct()
                                + " (" + m.getSensor().getIpAddress() + ")",
                        m.getSensor() == null ? null : m.getSensor().getIpAddress(), m.getDescription()))
                .toList();
        List<PackagedFollowUp.Dispatch> dispatches = list(em, "select d from OnSiteDispatch d"
                + " where d.record.id = :id order by d.decidedAt, d.id", OnSiteDispatch.class, id).stream()
                .map(d -> new PackagedFollowUp.Dispatch(d.getId(), d.getDecidedBy().name(), d.getEmployee(),
                        d.getDecidedAt(), d.getNotes()))
                .toList();
        List<PackagedFollowUp.Report> reports = list(em, "select s from StateBodyReport s"
                + " where s.record.id = :id order by s.receivedAt, s.id", StateBodyReport.class, id).stream()
                .map(s -> new PackagedFollowUp.Report(s.getId(), s.getReceivedAt(), s.getAnalysis(), s.getMeasures(),
                        s.isCausesEliminated()))
                .toList();
        List<PackagedAuditEntry> audit = list(em, "select a from AuditEntry a where a.recordId = :id order by a.seq",
                AuditEntry.class, id).stream()
                .map(a -> new PackagedAuditEntry(a.getSeq(), a.getAt(), a.getActor(), a.getAction(), a.getEntity(),
                        a.getEntityId(), a.getRecordId(), a.getBeforeState(), a.getAfterState(), a.getPrevHash(),
                        a.getHash()))
                .toList();
        return new RecordContent(record, detections, notices, pdfs, recommendations, measures, dispatches, reports,
                annexRows(em, body.getId(), detail.objects()), audit, ImportedAudit.ofRecord(em, id));
    }

    /** The annex rows, of every quarter the body submitted, that name an affected object's host or address. */
    private static List<PackagedAnnexRow> annexRows(EntityManager em, long bodyId,
            List<RecordDetail.ObjectInfo> objects) {
        List<String> hosts = objects.stream().map(RecordDetail.ObjectInfo::hostName).filter(Objects::nonNull)
                .toList();
        List<String> ips = objects.stream().map(RecordDetail.ObjectInfo::ipAddress).filter(Objects::nonNull).toList();
        if (hosts.isEmpty() && ips.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("select r, s from AnnexRow r join r.submission s"
                        + " where s.stateBody.id = :b and (r.hostName in :hosts or r.ipAddress in :ips)"
                        + " order by s.quarterYear, s.quarterNo, s.receivedAt, r.rowNo", Object[].class)
                .setParameter("b", bodyId)
                .setParameter("hosts", hosts.isEmpty() ? List.of("\u0000") : hosts)
                .setParameter("ips", ips.isEmpty() ? List.of("\u0000") : ips)
                .getResultList();
        List<PackagedAnnexRow> out = new ArrayList<>();
        for (Object[] row : rows) {
            AnnexLine l = ((kz.kuzet.registry.annex.AnnexRow) row[0]).toLine();
            AnnexSubmission s = (AnnexSubmission) row[1];
            out.add(new PackagedAnnexRow(s.getQuarter(), s.getReceivedAt(), s.getSubmittedBy(), l.row(),
                    l.contour() == null ? null : l.contour().name(), l.bodyName(), l.department(), l.location(),
                    l.person(), l.host(), l.ip(), l.os()));
        }
        return out;
    }

    private static <T> List<T> list(EntityManager em, String jpql, Class<T> type, long recordId) {
        return em.createQuery(jpql, type).setParameter("id", recordId).getResultList();
    }
}
