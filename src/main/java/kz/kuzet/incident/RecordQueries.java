package kz.kuzet.incident;

import java.util.List;
import java.util.Optional;
import kz.kuzet.store.Transactions;

/** Read side of records: listings with the facts the clocks need, in one query. */
public final class RecordQueries {

    private final Transactions tx;

    public RecordQueries(Transactions tx) {
        this.tx = tx;
    }

    public List<RecordSummary> list(boolean openOnly) {
        List<RecordStatus> statuses = openOnly
                ? List.of(RecordStatus.OPEN, RecordStatus.IN_PROGRESS, RecordStatus.ESCALATED)
                : List.of(RecordStatus.values());
        return tx.read(em -> em.createQuery("select r from IncidentRecord r join fetch r.stateBody"
                        + " where r.status in :statuses order by r.id", IncidentRecord.class)
                .setParameter("statuses", statuses)
                .getResultList().stream().map(RecordQueries::summarise).toList());
    }

    public Optional<RecordSummary> find(long id) {
        return tx.read(em -> em.createQuery(
                        "select r from IncidentRecord r join fetch r.stateBody where r.id = :id", IncidentRecord.class)
                .setParameter("id", id)
                .getResultStream().findFirst().map(RecordQueries::summarise));
    }

    static RecordSummary summarise(IncidentRecord r) {
        return new RecordSummary(r.getId(), r.getKind(), r.getStatus(), r.getSeverity(), r.getCategory(),
                r.getStateBody().getCode(), r.getStateBody().getNameKk(), r.getStateBody().getNameRu(), r.getTitle(),
                r.getAssignee(), r.getVersion(), r.clockFacts());
    }
}
