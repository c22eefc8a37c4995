package kz.kuzet.notice;

import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import kz.kuzet.incident.ContainmentMeasure;
import kz.kuzet.incident.IncidentRecord;
import kz.kuzet.incident.OnSiteDispatch;
import kz.kuzet.incident.Recommendation;
import kz.kuzet.incident.StateBodyReport;
import kz.kuzet.registry.MonitoredObject;
import kz.kuzet.registry.StateBody;

/** Reads a record and what has happened to it into {@link NoticeFacts}, inside the caller's transaction. */
final class NoticeFactsLoader {

    private NoticeFactsLoader() {
    }

    static IncidentRecord record(EntityManager em, long recordId) {
        IncidentRecord r = em.find(IncidentRecord.class, recordId);
        if (r == null) {
            throw new IllegalArgumentException("There is no record " + recordId + ". Check the number in the queue.");
        }
        return r;
    }

    static NoticeFacts load(EntityManager em, IncidentRecord r) {
        StateBody b = r.getStateBody();
        NoticeFacts.Body body = new NoticeFacts.Body(b.getCode(), b.getNameKk(), b.getNameRu(), b.getContactName(),
                b.getContactPosition(), b.getContactEmail());
        List<NoticeFacts.AffectedObject> objects = r.getObjects().stream()
                .sorted(Comparator.comparing(MonitoredObject::getId))
                .map(o -> new NoticeFacts.AffectedObject(o.getDepartment(), o.getLocation(), o.getHostName(),
                        o.getIpAddress()))
                .toList();
        long id = r.getId();
        List<NoticeFacts.Dated> recommendations = em.createQuery(
                        "select x from Recommendation x where x.record.id = :id order by x.givenAt, x.id",
                        Recommendation.class).setParameter("id", id).getResultStream()
                .map(x -> new NoticeFacts.Dated(x.getGivenAt(), x.getText())).toList();
        List<NoticeFacts.Dated> measures = em.createQuery(
                        "select x from ContainmentMeasure x where x.record.id = :id order by x.takenAt, x.id",
                        ContainmentMeasure.class).setParameter("id", id).getResultStream()
                .map(x -> new NoticeFacts.Dated(x.getTakenAt(), x.getDescription())).toList();
        List<NoticeFacts.Dated> dispatches = em.createQuery(
                        "select x from OnSiteDispatch x where x.record.id = :id order by x.decidedAt, x.id",
                        OnSiteDispatch.class).setParameter("id", id).getResultStream()
                .map(x -> new NoticeFacts.Dated(x.getDecidedAt(), x.getEmployee()
                        + (x.getNotes() == null || x.getNotes().isBlank() ? "" : ": " + x.getNotes())))
                .toList();
        List<NoticeFacts.BodyReport> reports = em.createQuery(
                        "select x from StateBodyReport x where x.record.id = :id order by x.receivedAt, x.id",
                        StateBodyReport.class).setParameter("id", id).getResultStream()
                .map(x -> new NoticeFacts.BodyReport(x.getReceivedAt(), x.getAnalysis(), x.getMeasures(),
                        x.isCausesEliminated())).toList();
        List<NoticeFacts.SentNotice> notices = em.createQuery(
                        "select n from Notice n where n.record.id = :id and n.sentAt is not null order by n.sentAt, n.id",
                        Notice.class).setParameter("id", id).getResultStream()
                .map(n -> new NoticeFacts.SentNotice(n.getKind(), n.getRegistrationNumber(), n.getRecipient(),
                        n.getSentAt(), n.getChannel())).toList();
        return new NoticeFacts(id, r.getKind(), r.getTitle(), r.getCategory(), r.getSeverity(),
                r.getInitialAnalysis(), body, objects, recommendations, measures, dispatches, reports, notices,
                r.clockFacts());
    }
}
