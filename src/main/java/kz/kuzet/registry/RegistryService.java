package kz.kuzet.registry;

import java.util.List;
import kz.kuzet.security.AccessGuard;
import kz.kuzet.security.Actor;
import kz.kuzet.security.BodyScope;
import kz.kuzet.security.Permission;
import kz.kuzet.store.Transactions;

/** Reads of the registry used across features; a coordinator sees only their own state body. */
public final class RegistryService {

    private final Transactions tx;
    private final AccessGuard guard;

    public RegistryService(Transactions tx, AccessGuard guard) {
        this.tx = tx;
        this.guard = guard;
    }

    public record BodySummary(long id, String code, String nameKk, String nameRu, StateBodyKind kind,
            String contactEmail, long objects, long sensors) {
    }

    public List<BodySummary> listBodies(Actor actor) {
        BodyScope scope = guard.scope(actor, Permission.REGISTRY_READ);
        return tx.read(em -> scope.bind(em.createQuery("""
                select new kz.kuzet.registry.RegistryService$BodySummary(b.id, b.code, b.nameKk, b.nameRu, b.kind,
                    b.contactEmail,
                    (select count(o) from MonitoredObject o where o.stateBody = b),
                    (select count(s) from Sensor s where s.stateBody = b))
                from StateBody b where\s""" + scope.condition("b.id") + " order by b.code", BodySummary.class))
                .getResultList());
    }
}
