package kz.kuzet.incident;

import java.util.List;
import java.util.Optional;
import kz.kuzet.security.AccessGuard;
import kz.kuzet.security.Actor;
import kz.kuzet.security.BodyScope;
import kz.kuzet.security.Permission;
import kz.kuzet.store.Transactions;

/**
 * Read side of records: listings with the facts the clocks need, in one query. Every read names its actor; a
 * coordinator gets only their state body's records, and asking for another body's record is refused.
 */
public final class RecordQueries {

    private final Transactions tx;
    private final AccessGuard guard;

    public RecordQueries(Transactions tx, AccessGuard guard) {
        this.tx = tx;
        this.guard = guard;
    }

    public List<RecordSummary> list(Actor actor, boolean openOnly) {
        BodyScope scope = guard.scope(actor, Permission.RECORD_READ);
        List<RecordStatus> statuses = openOnly
                ? List.of(RecordStatus.OPEN, RecordStatus.IN_PROGRESS, RecordStatus.ESCALATED)
                : List.of(RecordStatus.values());
        return tx.read(em -> scope.bind(em.createQuery("select r from IncidentRecord r join fetch r.stateBody"
                        + " where r.status in :statuses and " + scope.condition("r.stateBody.id")
                        + " order by r.id", IncidentRecord.class))
                .setParameter("statuses", statuses)
                .getResultList().stream().map(RecordQueries::summarise).toList());
    }

    /** The record, if it exists; refused when it belongs to a state body outside the actor's scope. */
    public Optional<RecordSummary> find(Actor actor, long id) {
        guard.require(actor, Permission.RECORD_READ);
        return tx.read(em -> em.createQuery(
                        "select r from IncidentRecord r join fetch r.stateBody where r.id = :id", IncidentRecord.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .map(r -> {
                    guard.requireForBody(actor, Permission.RECORD_READ, r.getStateBody().getId(),
                            r.getStateBody().getCode(), "record " + id);
                    return summarise(r);
                }));
    }

    static RecordSummary summarise(IncidentRecord r) {
        return new RecordSummary(r.getId(), r.getKind(), r.getStatus(), r.getSeverity(), r.getCategory(),
                r.getStateBody().getCode(), r.getStateBody().getNameKk(), r.getStateBody().getNameRu(), r.getTitle(),
                r.getAssignee(), r.getVersion(), r.clockFacts());
    }
}
