package kz.kuzet.incident;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.kuzet.security.AuditEntry;
import kz.kuzet.store.Transactions;

/** The read side of the console's queues and record view. */
public final class QueueQueries {

    private static final String LINE = "select new kz.kuzet.incident.DetectionLine(d.id, d.version, b.id, b.code,"
            + " b.nameKk, b.nameRu, o.id, d.hostName, d.signatureId, d.signatureName, d.severity, d.detectedAt,"
            + " d.srcIp, d.dstIp, d.sourceProduct) from Detection d left join d.stateBody b left join d.object o";

    private final Transactions tx;

    public QueueQueries(Transactions tx) {
        this.tx = tx;
    }

    /**
     * New detections grouped by state body, object and signature, the group with the earliest detection first;
     * at most {@code limit} groups, with the totals of the whole queue.
     */
    public DetectionQueue newDetections(int limit) {
        List<DetectionLine> lines = tx.read(em -> em.createQuery(LINE + " where d.triage = :triage"
                        + " order by d.detectedAt, d.id", DetectionLine.class)
                .setParameter("triage", TriageState.NEW).getResultList());
        Map<String, List<DetectionLine>> grouped = new LinkedHashMap<>();
        for (DetectionLine l : lines) {
            String key = l.bodyId() + "|" + l.objectId() + "|" + (l.signatureId() != null ? l.signatureId()
                    : l.signatureName());
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(l);
        }
        List<DetectionGroup> groups = new ArrayList<>(Math.min(limit, grouped.size()));
        for (Map.Entry<String, List<DetectionLine>> e : grouped.entrySet()) {
            if (groups.size() >= limit) {
                break;
            }
            groups.add(group(e.getKey(), e.getValue()));
        }
        return new DetectionQueue(groups, grouped.size(), lines.size());
    }

    private static DetectionGroup group(String key, List<DetectionLine> members) {
        DetectionLine first = members.get(0);
        Severity max = members.stream().map(DetectionLine::severity).max(Comparator.naturalOrder()).orElseThrow();
        Instant latest = members.get(members.size() - 1).detectedAt();
        return new DetectionGroup(key, first.bodyId(), first.bodyCode(), first.bodyNameKk(), first.bodyNameRu(),
                first.objectId(), first.hostName(), first.signatureId(), first.signatureName(), max,
                first.detectedAt(), latest, members);
    }

    /** Detections no state body could be found for, oldest first. */
    public List<DetectionLine> unattributed(int limit) {
        return tx.read(em -> em.createQuery(LINE + " where d.triage = :triage order by d.detectedAt, d.id",
                        DetectionLine.class)
                .setParameter("triage", TriageState.UNATTRIBUTED).setMaxResults(limit).getResultList());
    }

    /** Objects whose network name or IP address contains the text, for attributing a detection. */
    public List<ObjectChoice> findObjects(String text, int limit) {
        String needle = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
        return tx.read(em -> em.createQuery("select new kz.kuzet.incident.ObjectChoice(o.id, b.code, o.hostName,"
                        + " o.ipAddress, o.department, case when o.scopeExclusion is null then true else false end)"
                        + " from MonitoredObject o join o.stateBody b where lower(o.hostName) like :n"
                        + " or o.ipAddress like :n order by b.code, o.hostName", ObjectChoice.class)
                .setParameter("n", needle).setMaxResults(limit).getResultList());
    }

    /** Records matching the filter (open ones unless it asks for closed), at most {@code limit}. */
    public List<RecordSummary> records(RecordFilter filter, Instant now, int limit) {
        List<RecordStatus> statuses = filter.includesClosed() ? List.of(RecordStatus.CLOSED)
                : List.of(RecordStatus.OPEN, RecordStatus.IN_PROGRESS, RecordStatus.ESCALATED);
        return tx.read(em -> em.createQuery("select r from IncidentRecord r join fetch r.stateBody"
                        + " where r.status in :statuses order by r.id", IncidentRecord.class)
                .setParameter("statuses", statuses).getResultStream()
                .map(RecordQueries::summarise)
                .filter(r -> filter.matches(r, now))
                .limit(limit)
                .toList());
    }

    public RecordDetail detail(long recordId) {
        return tx.read(em -> {
            IncidentRecord r = em.createQuery("select r from IncidentRecord r join fetch r.stateBody"
                    + " where r.id = :id", IncidentRecord.class).setParameter("id", recordId)
                    .getResultStream().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("There is no record " + recordId + "."));
            List<RecordDetail.ObjectInfo> objects = r.getObjects().stream()
                    .map(o -> new RecordDetail.ObjectInfo(o.getId(), o.getHostName(), o.getIpAddress(),
                            o.getDepartment(), o.getLocation(), o.getResponsiblePerson(), o.getOperatingSystem(),
                            o.getContour().name()))
                    .toList();
            List<RecordDetail.LinkedDetection> detections = em.createQuery("select d from Detection d"
                    + " where d.record.id = :id order by d.detectedAt", Detection.class)
                    .setParameter("id", recordId).getResultStream()
                    .map(d -> new RecordDetail.LinkedDetection(d.getId(), d.getDetectedAt(), d.getSignatureName(),
                            d.getSourceProduct(), d.getSrcIp(), d.getDstIp(), d.getHostName(), d.getRawText()))
                    .toList();
            List<RecordDetail.SensorChoice> sensors = em.createQuery("select s from Sensor s"
                    + " where s.stateBody.id = :b order by s.id", kz.kuzet.registry.Sensor.class)
                    .setParameter("b", r.getStateBody().getId()).getResultStream()
                    .map(s -> new RecordDetail.SensorChoice(s.getId(), s.getKind() + " " + s.getProduct() + " ("
                            + s.getIpAddress() + ")"))
                    .toList();
            return new RecordDetail(RecordQueries.summarise(r), r.getInitialAnalysis(), r.getCreatedAt(),
                    r.getClosedAt(), objects, detections, sensors, timeline(em, recordId));
        });
    }

    /** Everything that happened to a record, oldest first, with who did it. */
    public List<TimelineEntry> timeline(long recordId) {
        return tx.read(em -> timeline(em, recordId));
    }

    private static List<TimelineEntry> timeline(EntityManager em, long recordId) {
        List<TimelineEntry> t = new ArrayList<>();
        for (Detection d : list(em, "select d from Detection d where d.record.id = :id", Detection.class, recordId)) {
            t.add(new TimelineEntry(d.getDetectedAt(), "detection", d.getSourceProduct(),
                    d.getSignatureName() + " — " + d.getSrcIp() + " → " + d.getDstIp()));
        }
        for (kz.kuzet.notice.Notice n : list(em, "select n from Notice n where n.record.id = :id",
                kz.kuzet.notice.Notice.class, recordId)) {
            Instant at = n.getSentAt() != null ? n.getSentAt() : n.getCreatedAt();
            t.add(new TimelineEntry(at, "notice", null, n.getKind() + " → " + n.getRecipient()
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
        t.sort(Comparator.comparing(TimelineEntry::at));
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
