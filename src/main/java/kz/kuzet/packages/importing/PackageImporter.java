package kz.kuzet.packages.importing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kuzet.clock.ClockFacts;
import kz.kuzet.incident.ContainmentMeasure;
import kz.kuzet.incident.Detection;
import kz.kuzet.incident.DispatchDecider;
import kz.kuzet.incident.IncidentRecord;
import kz.kuzet.incident.OnSiteDispatch;
import kz.kuzet.incident.Recommendation;
import kz.kuzet.incident.RecordDetail;
import kz.kuzet.incident.RecordStatus;
import kz.kuzet.incident.RecordSummary;
import kz.kuzet.incident.Severity;
import kz.kuzet.incident.StateBodyReport;
import kz.kuzet.notice.DeliveryChannel;
import kz.kuzet.notice.Notice;
import kz.kuzet.notice.NoticeKind;
import kz.kuzet.packages.content.PackagedAuditEntry;
import kz.kuzet.packages.content.PackagedDetection;
import kz.kuzet.packages.content.PackagedFollowUp;
import kz.kuzet.packages.content.PackagedImportedAuditEntry;
import kz.kuzet.packages.read.OpenedPackage;
import kz.kuzet.packages.read.PackageReader;
import kz.kuzet.registry.MonitoredObject;
import kz.kuzet.registry.Sensor;
import kz.kuzet.registry.StateBody;
import kz.kuzet.security.AccessGuard;
import kz.kuzet.security.Actor;
import kz.kuzet.security.AuditTrail;
import kz.kuzet.security.Permission;
import kz.kuzet.store.Transactions;

/**
 * Imports a verified package's record into this database, in one transaction. Idempotent: the record's stable key
 * ({@code imported_package.record_key}, unique) is checked first, so importing the same record again adds
 * nothing. The state body is found by its registry code and the affected objects by host name / address within
 * it; when one is missing the import is refused (registry data is not invented from a package). The origin's
 * audit entries are kept in {@code imported_audit_entry} with their origin hashes, and so are those the origin had
 * itself imported from earlier packages, each with the package it really came from; the local chain gets one
 * {@code package.import} entry, so {@code kuzet audit verify} still passes.
 */
public final class PackageImporter {

    private final Transactions tx;
    private final AuditTrail audit;
    private final AccessGuard guard;
    private final Clock clock;

    public PackageImporter(Transactions tx, AuditTrail audit, AccessGuard guard, Clock clock) {
        this.tx = tx;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
    }

    public ImportReceipt importPackage(Actor actor, OpenedPackage p) {
        guard.require(actor, Permission.DATA_IMPORT);
        Optional<ImportReceipt> earlier = tx.read(em -> already(em, p));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return tx.call(em -> already(em, p).orElseGet(() -> create(em, actor, p)));
        } catch (PersistenceException e) {
            // another workstation imported the same record at the same moment: the unique key kept one
            return tx.read(em -> already(em, p)).orElseThrow(() -> e);
        }
    }

    private static Optional<ImportReceipt> already(EntityManager em, OpenedPackage p) {
        return em.createQuery("select i from ImportedPackage i where i.recordKey = :k", ImportedPackage.class)
                .setParameter("k", p.manifest().recordKey()).getResultStream().findFirst()
                .map(i -> new ImportReceipt(false, i.getRecordId(), i.getRecordKey(), i.getSignerName(), 0, 0, 0, 0,
                        0, 0, 0, 0, EarlierImport.of(i, p)));
    }

    private ImportReceipt create(EntityManager em, Actor actor, OpenedPackage p) {
        RecordDetail detail = p.detail();
        RecordSummary s = detail.summary();
        String bodyCode = p.record().stateBody().code();
        StateBody body = em.createQuery("select b from StateBody b where b.code = :c", StateBody.class)
                .setParameter("c", bodyCode).getResultStream().findFirst()
                .orElseThrow(() -> new ImportRefused(ImportRefused.Reason.UNKNOWN_STATE_BODY, bodyCode,
                        p.record().stateBody().nameRu()));
        guard.requireForBody(actor, Permission.DATA_IMPORT, body.getId(), body.getCode(), "imported record");
        ObjectMatcher objects = new ObjectMatcher(em.createQuery("select o from MonitoredObject o"
                + " where o.stateBody.id = :b order by o.id", MonitoredObject.class)
                .setParameter("b", body.getId()).getResultList());
        List<MonitoredObject> affected = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (RecordDetail.ObjectInfo o : detail.objects()) {
            objects.find(o.hostName(), o.ipAddress()).ifPresentOrElse(affected::add,
                    () -> missing.add(o.hostName() + " / " + o.ipAddress()));
        }
        if (!missing.isEmpty()) {
            throw new ImportRefused(ImportRefused.Reason.UNKNOWN_OBJECTS, bodyCode, String.join(", ", missing));
        }

        IncidentRecord r = record(s, detail, body);
        r.getObjects().addAll(affected);
        em.persist(r);
        em.flush();
        for (PackagedDetection d : p.detections()) {
            em.persist(detection(em, d, p.manifest().recordKey(), body, objects, r));
        }
        for (OpenedPackage.Notice n : p.notices()) {
            addNotice(em, r, n);
        }
        for (PackagedFollowUp.Recommendation x : p.recommendations()) {
            em.persist(new Recommendation(r, x.givenAt(), x.author(), x.text()));
        }
        List<Sensor> sensors = em.createQuery("select s from Sensor s where s.stateBody.id = :b", Sensor.class)
                .setParameter("b", body.getId()).getResultList();
        for (PackagedFollowUp.Measure m : p.measures()) {
            Sensor sensor = m.sensorIpAddress() == null ? null : sensors.stream()
                    .filter(x -> m.sensorIpAddress().equals(x.getIpAddress())).findFirst().orElse(null);
            em.persist(new ContainmentMeasure(r, sensor, m.takenAt(), m.author(), m.description()));
        }
        for (PackagedFollowUp.Dispatch d : p.dispatches()) {
            em.persist(new OnSiteDispatch(r, DispatchDecider.valueOf(d.decidedBy()), d.employee(), d.decidedAt(),
                    d.notes()));
        }
        for (PackagedFollowUp.Report x : p.reports()) {
            em.persist(new StateBodyReport(r, x.receivedAt(), x.analysis(), x.measures(), x.causesEliminated()));
        }
        ImportedPackage imported = new ImportedPackage(p.manifest().recordKey(), p.manifest().packageId(), r.getId(),
                p.manifest().originRecordId(), p.signerName(), p.signerFingerprint(), p.manifestSha256(),
                p.manifest().exportedBy(), p.manifest().createdAt(), actor.name(), clock.instant());
        em.persist(imported);
        em.flush();
        for (PackagedAuditEntry e : p.auditEntries()) {
            em.persist(new ImportedAuditEntry(imported.getId(), r.getId(), e));
        }
        for (PackagedImportedAuditEntry e : p.importedAuditEntries()) {
            em.persist(new ImportedAuditEntry(imported.getId(), r.getId(), e));
        }
        em.flush();

        Map<String, Object> after = new LinkedHashMap<>();
        after.put("record_key", p.manifest().recordKey());
        after.put("package_id", p.manifest().packageId());
        after.put("origin_record_id", p.manifest().originRecordId());
        after.put("signer", p.signerName());
        after.put("signer_fingerprint", p.signerFingerprint());
        after.put("manifest_sha256", p.manifestSha256());
        after.put("exported_by", p.manifest().exportedBy());
        after.put("exported_at", p.manifest().createdAt().toString());
        after.put("title", r.getTitle());
        after.put("kind", r.getKind().id());
        after.put("status", r.getStatus().name());
        after.put("detections", p.detections().size());
        after.put("notices", p.notices().size());
        after.put("recommendations", p.recommendations().size());
        after.put("measures", p.measures().size());
        after.put("dispatches", p.dispatches().size());
        after.put("reports", p.reports().size());
        after.put("origin_audit_entries", p.auditEntries().size());
        after.put("relayed_audit_entries", p.importedAuditEntries().size());
        audit.change(em, actor, "package.import", "incident_record", r.getId(), r.getId(), null, after);
        return new ImportReceipt(true, r.getId(), p.manifest().recordKey(), p.signerName(), p.detections().size(),
                p.notices().size(), p.recommendations().size(), p.measures().size(), p.dispatches().size(),
                p.reports().size(), p.auditEntries().size(), p.importedAuditEntries().size(), null);
    }

    private static IncidentRecord record(RecordSummary s, RecordDetail detail, StateBody body) {
        ClockFacts f = s.facts();
        IncidentRecord r = new IncidentRecord(s.kind(), body, s.title(), s.severity(), s.category(), f.detected(),
                detail.createdAt());
        r.setInitialAnalysis(detail.initialAnalysis());
        r.setAssignee(s.assignee());
        if (f.sbNoticeSent() != null) {
            r.recordSbNoticeSent(f.sbNoticeSent());
        }
        if (f.sbNoticeReceived() != null) {
            r.recordSbNoticeReceived(f.sbNoticeReceived());
        }
        if (f.knbNoticeSent() != null) {
            r.recordKnbNoticeSent(f.knbNoticeSent());
        }
        if (f.sbReport() != null) {
            r.recordSbReport(f.sbReport());
        }
        if (f.eliminated() != null) {
            r.recordEliminated(f.eliminated());
        }
        if (f.escalationNotice() != null) {
            r.recordEscalationNotice(f.escalationNotice());
        }
        if (s.status() == RecordStatus.CLOSED) {
            r.close(detail.closedAt());
        } else if (s.status() == RecordStatus.IN_PROGRESS) {
            r.start();
        }
        return r;
    }

    private static Detection detection(EntityManager em, PackagedDetection d, String recordKey, StateBody body,
            ObjectMatcher objects, IncidentRecord record) {
        String key = d.dedupKey();
        boolean taken = em.createQuery("select count(d) from Detection d where d.dedupKey = :k", Long.class)
                .setParameter("k", key).getSingleResult() > 0;
        if (taken) {
            // the same event was also ingested here: keep both, the imported one under a key of its origin
            key = PackageReader.sha256(("import:" + recordKey + ":" + d.originId())
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Detection x = new Detection(key, d.sourceFormat(), d.detectedAt(), Severity.valueOf(d.severity()),
                d.rawText(), d.ingestedAt());
        x.describe(d.sourceProduct(), d.signatureId(), d.signatureName(), d.originalSeverity(), d.category());
        x.setNetwork(d.srcIp(), d.srcPort(), d.dstIp(), d.dstPort());
        x.setActor(d.hostName(), d.userName(), d.mitreTechniques());
        x.fold(d.firstSeen(), 0);
        x.fold(d.lastSeen(), Math.max(0, d.occurrenceCount() - 1));
        x.attribute(body, d.objectHostName() == null && d.objectIpAddress() == null ? null
                : objects.find(d.objectHostName(), d.objectIpAddress()).orElse(null));
        x.linkTo(record);
        return x;
    }

    private static void addNotice(EntityManager em, IncidentRecord r, OpenedPackage.Notice opened) {
        var n = opened.notice();
        Notice notice = new Notice(r, NoticeKind.valueOf(n.kind()), n.recipient(), n.language(), n.createdAt());
        if (opened.pdf() != null) {
            notice.attachDocument(opened.pdf(), n.documentSha256());
        }
        if (n.sentAt() != null) {
            notice.markSent(n.sentAt(), n.channel() == null ? null : DeliveryChannel.valueOf(n.channel()),
                    n.deliveryReference());
        }
        if (n.receivedAt() != null) {
            notice.markReceived(n.receivedAt());
        }
        em.persist(notice);
        em.flush();
        if (n.registrationNumber() != null) {
            // the origin's number, kept as its text: this database's numbering (reg_year, reg_seq) is its own
            em.createNativeQuery("update notice set registration_number = ?1 where id = ?2")
                    .setParameter(1, n.registrationNumber()).setParameter(2, notice.getId()).executeUpdate();
        }
    }

    /** Finds a body's object by host name (case-insensitive) and address, or by either when only one matches. */
    private static final class ObjectMatcher {
        private final List<MonitoredObject> objects;

        ObjectMatcher(List<MonitoredObject> objects) {
            this.objects = objects;
        }

        Optional<MonitoredObject> find(String host, String ip) {
            Optional<MonitoredObject> both = objects.stream()
                    .filter(o -> same(o.getHostName(), host) && java.util.Objects.equals(o.getIpAddress(), ip))
                    .findFirst();
            if (both.isPresent()) {
                return both;
            }
            if (host != null) {
                Optional<MonitoredObject> byHost = objects.stream().filter(o -> same(o.getHostName(), host))
                        .findFirst();
                if (byHost.isPresent()) {
                    return byHost;
                }
            }
            return ip == null ? Optional.empty()
                    : objects.stream().filter(o -> ip.equals(o.getIpAddress())).findFirst();
        }

        private static boolean same(String a, String b) {
            return a == null ? b == null : a.equalsIgnoreCase(b);
        }
    }
}
