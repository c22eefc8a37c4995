package kz.kuzet.incident;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import kz.kuzet.security.AccessGuard;
import kz.kuzet.security.Actor;
import kz.kuzet.security.AuditEntry;
import kz.kuzet.security.BodyScope;
import kz.kuzet.security.Permission;
import kz.kuzet.store.Transactions;

/** The read side of the console's queues and record view. */
public final class QueueQueries {

    private static final String LINE = "select new kz.kuzet.incident.DetectionLine(d.id, d.version, b.id, b.code,"
            + " b.nameKk, b.nameRu, o.id, d.hostName, d.signatureId, d.signatureName, d.severity, d.detectedAt,"
            + " d.srcIp, d.dstIp, d.sourceProduct) from Detection d left join d.stateBody b left join d.object o";

    private final Transactions tx;
    private final AccessGuard guard;

    public QueueQueries(Transactions tx, AccessGuard guard) {
        this.tx = tx;
        this.guard = guard;
    }

    /** The grouping key of a detection's signature: its id, else its name. */
    static final String SIGNATURE_KEY = "coalesce(d.signature_id, d.signature_name, '')";

    /**
     * New detections grouped by state body, object and signature, the group with the earliest detection first;
     * at most {@code limit} groups, with the totals of the whole queue. The grouping runs in the database.
     */
    public DetectionQueue newDetections(Actor actor, int limit) {
        BodyScope scope = guard.scope(actor, Permission.RECORD_READ);
        return tx.read(em -> {
            List<?> rows = em.createNativeQuery("select g.body_id, b.code, b.name_kk, b.name_ru, g.object_id,"
                    + " o.host_name, g.sig, g.sig_name, g.sev, g.earliest, g.latest, g.n, g.first_id, g.max_id"
                    + " from (select d.state_body_id body_id, d.object_id object_id, " + SIGNATURE_KEY + " sig,"
                    + " max(d.signature_name) sig_name, max(case d.severity when 'CRITICAL' then 3 when 'HIGH' then 2"
                    + " when 'MEDIUM' then 1 else 0 end) sev, min(d.detected_at) earliest, max(d.detected_at) latest,"
                    + " count(*) n, min(d.id) first_id, max(d.id) max_id from detection d where d.triage = 'NEW'"
                    + " group by d.state_body_id, d.object_id, " + SIGNATURE_KEY + ") g"
                    + " join state_body b on b.id = g.body_id left join monitored_object o on o.id = g.object_id"
                    + " order by g.earliest, g.first_id").getResultList();
            List<DetectionGroup> groups = new ArrayList<>(Math.min(limit, rows.size()));
            long detections = 0;
            for (Object row : rows) {
                Object[] c = (Object[]) row;
                if (!scope.covers(num(c[0]))) {
                    continue;
                }
                detections += num(c[11]);
                if (groups.size() >= limit) {
                    continue;
                }
                groups.add(new DetectionGroup(num(c[0]), (String) c[1], (String) c[2], (String) c[3],
                        c[4] == null ? null : num(c[4]), (String) c[5], (String) c[6], (String) c[7],
                        Severity.values()[(int) num(c[8])], instant(c[9]), instant(c[10]), (int) num(c[11]),
                        num(c[12]), num(c[13])));
            }
            int total = scope.isAll() ? rows.size()
                    : (int) rows.stream().filter(r -> scope.covers(num(((Object[]) r)[0]))).count();
            return new DetectionQueue(groups, total, (int) detections);
        });
    }

    /** The new detections of one group as it was seen: those not newer than its newest id. */
    static List<Detection> membersOf(EntityManager em, DetectionGroup.GroupRef g) {
        var query = em.createNativeQuery("select d.id from detection d where d.triage = 'NEW'"
                + " and d.state_body_id = ?1 and " + SIGNATURE_KEY + " = ?2 and d.id <= ?3 and "
                + (g.objectId() == null ? "d.object_id is null" : "d.object_id = ?4")
                + " order by d.detected_at, d.id")
                .setParameter(1, g.bodyId()).setParameter(2, g.signatureKey()).setParameter(3, g.maxId());
        if (g.objectId() != null) {
            query.setParameter(4, g.objectId());
        }
        List<?> ids = query.getResultList();
        List<Detection> members = new ArrayList<>(ids.size());
        for (Object id : ids) {
            members.add(em.find(Detection.class, num(id)));
        }
        return members;
    }

    static long num(Object o) {
        return ((Number) o).longValue();
    }

    static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (o instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (o instanceof java.time.ZonedDateTime zdt) {
            return zdt.toInstant();
        }
        throw new IllegalStateException("Unexpected time value " + o.getClass());
    }

    /** Detections no state body could be found for, oldest first. */
    public List<DetectionLine> unattributed(Actor actor, int limit) {
        if (!guard.scope(actor, Permission.RECORD_READ).isAll()) {
            return List.of();
        }
        return tx.read(em -> em.createQuery(LINE + " where d.triage = :triage order by d.detectedAt, d.id",
                        DetectionLine.class)
                .setParameter("triage", TriageState.UNATTRIBUTED).setMaxResults(limit).getResultList());
    }

    /** The raw text of one detection, as it arrived. */
    public String rawText(Actor actor, long detectionId) {
        BodyScope scope = guard.scope(actor, Permission.RECORD_READ);
        return tx.read(em -> scope.bind(em.createQuery("select d.rawText from Detection d where d.id = :id and "
                        + scope.condition("d.stateBody.id"), String.class))
                .setParameter("id", detectionId).getResultStream().findFirst().orElse(""));
    }

    /** Objects whose network name or IP address contains the text, for attributing a detection. */
    public List<ObjectChoice> findObjects(Actor actor, String text, int limit) {
        guard.require(actor, Permission.REGISTRY_READ);
        String needle = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
        return tx.read(em -> em.createQuery("select new kz.kuzet.incident.ObjectChoice(o.id, b.code, o.hostName,"
                        + " o.ipAddress, o.department, case when o.scopeExclusion is null then true else false end)"
                        + " from MonitoredObject o join o.stateBody b where lower(o.hostName) like :n"
                        + " or o.ipAddress like :n order by b.code, o.hostName", ObjectChoice.class)
                .setParameter("n", needle).setMaxResults(limit).getResultList());
    }

    /** Records matching the filter (open ones unless it asks for closed), at most {@code limit}. */
    public List<RecordSummary> records(Actor actor, RecordFilter filter, Instant now, int limit) {
        BodyScope scope = guard.scope(actor, Permission.RECORD_READ);
        List<RecordStatus> statuses = filter.includesClosed() ? List.of(RecordStatus.CLOSED)
                : List.of(RecordStatus.OPEN, RecordStatus.IN_PROGRESS, RecordStatus.ESCALATED);
        return tx.read(em -> scope.bind(em.createQuery("select r.id, r.kind, r.status, r.severity, r.category, b.code,"
                        + " b.nameKk, b.nameRu, r.title, r.assignee, r.version, r.detectedAt, r.sbNoticeSentAt,"
                        + " r.sbNoticeReceivedAt, r.knbNoticeSentAt, r.sbReportAt, r.eliminatedAt,"
                        + " r.escalationNoticeAt from IncidentRecord r join r.stateBody b"
                        + " where r.status in :statuses and " + scope.condition("b.id") + " order by r.id",
                        Object[].class))
                .setParameter("statuses", statuses).getResultStream()
                .map(QueueQueries::summary)
                .filter(r -> filter.matches(r, now))
                .limit(limit)
                .toList());
    }

    private static RecordSummary summary(Object[] c) {
        kz.kuzet.clock.RecordKind kind = (kz.kuzet.clock.RecordKind) c[1];
        return new RecordSummary((Long) c[0], kind, (RecordStatus) c[2], (Severity) c[3], (Category) c[4],
                (String) c[5], (String) c[6], (String) c[7], (String) c[8], (String) c[9], (Long) c[10],
                new kz.kuzet.clock.ClockFacts(kind, (Instant) c[11], (Instant) c[12], (Instant) c[13],
                        (Instant) c[14], (Instant) c[15], (Instant) c[16], (Instant) c[17]));
    }

    public RecordDetail detail(Actor actor, long recordId) {
        guard.require(actor, Permission.RECORD_READ);
        return tx.read(em -> {
            IncidentRecord r = em.createQuery("select r from IncidentRecord r join fetch r.stateBody"
                    + " where r.id = :id", IncidentRecord.class).setParameter("id", recordId)
                    .getResultStream().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("There is no record " + recordId + "."));
            guard.requireForBody(actor, Permission.RECORD_READ, r.getStateBody().getId(), r.getStateBody().getCode(),
                    "record " + recordId);
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
    public List<TimelineEntry> timeline(Actor actor, long recordId) {
        return detail(actor, recordId).timeline();
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
        for (kz.kuzet.packages.importing.ImportedAuditEntry a : list(em, "select a from ImportedAuditEntry a"
                + " where a.recordId = :id order by a.id", kz.kuzet.packages.importing.ImportedAuditEntry.class,
                recordId)) {
            if (!a.getAction().startsWith("detection.")) {
                t.add(new TimelineEntry(a.getOriginAt(), "audit:" + a.getAction(), a.getActor(), a.getAction()));
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
