package kz.kuzet.registry;

import java.util.List;
import kz.kuzet.store.Transactions;

/** Reads of the registry used across features. */
public final class RegistryService {

    private final Transactions tx;

    public RegistryService(Transactions tx) {
        this.tx = tx;
    }

    public record BodySummary(long id, String code, String nameKk, String nameRu, StateBodyKind kind,
            String contactEmail, long objects, long sensors) {
    }

    public List<BodySummary> listBodies() {
        return tx.read(em -> em.createQuery("""
                select new kz.kuzet.registry.RegistryService$BodySummary(b.id, b.code, b.nameKk, b.nameRu, b.kind,
                    b.contactEmail,
                    (select count(o) from MonitoredObject o where o.stateBody = b),
                    (select count(s) from Sensor s where s.stateBody = b))
                from StateBody b order by b.code""", BodySummary.class).getResultList());
    }
}
