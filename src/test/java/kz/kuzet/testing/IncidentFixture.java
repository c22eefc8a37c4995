package kz.kuzet.testing;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import kz.kuzet.app.Kuzet;
import kz.kuzet.incident.Detection;
import kz.kuzet.incident.Severity;
import kz.kuzet.incident.VersionedId;
import kz.kuzet.registry.Contour;
import kz.kuzet.registry.MonitoredObject;
import kz.kuzet.registry.Sensor;
import kz.kuzet.registry.SensorKind;
import kz.kuzet.registry.SensorState;
import kz.kuzet.registry.StateBody;
import kz.kuzet.registry.StateBodyKind;

/** A small registry and detections written straight to the database, for triage and response tests. */
public final class IncidentFixture {

    private static final AtomicInteger SEQ = new AtomicInteger();

    public final long bodyId;
    public final long otherBodyId;
    public final long objectId;
    public final long otherObjectId;
    public final long sensorId;
    private final Kuzet kuzet;

    /** The fixture over a database that already holds its registry (made by the constructor earlier). */
    public static IncidentFixture existing(Kuzet kuzet) {
        long[] ids = kuzet.tx().read(em -> new long[] {
            id(em, "select b.id from StateBody b where b.code = 'MF'"),
            id(em, "select b.id from StateBody b where b.code = 'MZ'"),
            id(em, "select o.id from MonitoredObject o where o.hostName = 'MF-WS-0001'"),
            id(em, "select o.id from MonitoredObject o where o.hostName = 'mz-web-01'"),
            id(em, "select s.id from Sensor s where s.stateBody.code = 'MF'")});
        return new IncidentFixture(kuzet, ids);
    }

    private static long id(jakarta.persistence.EntityManager em, String jpql) {
        return em.createQuery(jpql, Long.class).getResultList().get(0);
    }

    private IncidentFixture(Kuzet kuzet, long[] ids) {
        this.kuzet = kuzet;
        bodyId = ids[0];
        otherBodyId = ids[1];
        objectId = ids[2];
        otherObjectId = ids[3];
        sensorId = ids[4];
    }

    public IncidentFixture(Kuzet kuzet) {
        this.kuzet = kuzet;
        long[] ids = kuzet.tx().call(em -> {
            StateBody mf = new StateBody("MF", "Қаржы министрлігі", "Министерство финансов", StateBodyKind.MINISTRY);
            StateBody mz = new StateBody("MZ", "Денсаулық сақтау министрлігі", "Министерство здравоохранения",
                    StateBodyKind.MINISTRY);
            em.persist(mf);
            em.persist(mz);
            MonitoredObject o = new MonitoredObject(mf, Contour.INTERNAL, "Бухгалтерия", "3 қабат, 301 каб.",
                    "Әбілқасымов Ерлан", "MF-WS-0001", "10.20.1.1", "Windows 10");
            MonitoredObject o2 = new MonitoredObject(mz, Contour.EXTERNAL, "IT", "1 қабат", "Иванов Пётр",
                    "mz-web-01", "100.64.1.1", "Astra Linux");
            em.persist(o);
            em.persist(o2);
            Sensor s = new Sensor(mf, Contour.INTERNAL, SensorKind.NGFW, "Check Point", "Quantum", "7.1",
                    "10.20.250.10", true, SensorState.IN_SERVICE);
            em.persist(s);
            em.flush();
            return new long[] {mf.getId(), mz.getId(), o.getId(), o2.getId(), s.getId()};
        });
        bodyId = ids[0];
        otherBodyId = ids[1];
        objectId = ids[2];
        otherObjectId = ids[3];
        sensorId = ids[4];
    }

    /** A new detection of the given signature on the first body's object. */
    public VersionedId detection(String signature, Instant at) {
        return detection(signature, at, objectId, true);
    }

    public VersionedId detection(String signature, Instant at, long onObject, boolean attributed) {
        return kuzet.tx().call(em -> {
            int n = SEQ.incrementAndGet();
            Detection d = new Detection("key-" + n + "-" + System.nanoTime(), "CEF", at, Severity.HIGH,
                    "CEF:0|Vendor|IDS|1|" + signature + "|" + signature + "|7|src=185.1.1." + n, at.plusSeconds(3));
            d.describe("Suricata", signature, "Signature " + signature, "7", "SCANNING");
            d.setNetwork("185.1.1." + n, 4444, "10.20.1.1", 445);
            d.setActor("MF-WS-0001", null, "T1046");
            if (attributed) {
                MonitoredObject o = em.find(MonitoredObject.class, onObject);
                d.attribute(o.getStateBody(), o);
            }
            em.persist(d);
            em.flush();
            return new VersionedId(d.getId(), d.getVersion());
        });
    }
}
