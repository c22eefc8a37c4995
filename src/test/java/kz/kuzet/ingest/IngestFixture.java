package kz.kuzet.ingest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import kz.kuzet.app.Kuzet;
import kz.kuzet.registry.Contour;
import kz.kuzet.registry.ContourRange;
import kz.kuzet.registry.MonitoredObject;
import kz.kuzet.registry.ScopeExclusion;
import kz.kuzet.registry.Sensor;
import kz.kuzet.registry.SensorKind;
import kz.kuzet.registry.SensorState;
import kz.kuzet.registry.StateBody;
import kz.kuzet.registry.StateBodyKind;

/** A small registry to attribute against, and helpers to read back what ingest stored. */
final class IngestFixture {

    private IngestFixture() {
    }

    /**
     * Body MINFIN: object 10.1.0.10, object ws-17.minfin.local, range 10.1.0.0/16, sensor 10.1.0.2. Body KNB-like:
     * object 10.2.0.5 excluded from monitoring (state secrets).
     */
    static void registry(Kuzet kuzet) {
        kuzet.tx().run(em -> {
            StateBody minfin = new StateBody("MINFIN", "Қаржы министрлігі", "Министерство финансов",
                    StateBodyKind.MINISTRY);
            StateBody secret = new StateBody("SECRET", "Құпия", "Секретный", StateBodyKind.AGENCY);
            em.persist(minfin);
            em.persist(secret);
            em.persist(new MonitoredObject(minfin, Contour.INTERNAL, "IT", "Astana", "A. B.", "srv-01",
                    "10.1.0.10", "Linux"));
            em.persist(new MonitoredObject(minfin, Contour.INTERNAL, "IT", "Astana", "A. B.", "ws-17.minfin.local",
                    null, "Windows"));
            MonitoredObject excluded = new MonitoredObject(secret, Contour.INTERNAL, "S", "Astana", "C. D.",
                    "vault", "10.2.0.5", "Linux");
            excluded.setScopeExclusion(ScopeExclusion.STATE_SECRETS);
            em.persist(excluded);
            em.persist(new ContourRange(minfin, Contour.INTERNAL, "10.1.0.0/16"));
            em.persist(new Sensor(minfin, Contour.INTERNAL, SensorKind.IDS_IPS, "V", "IDS", "1", "10.1.0.2", true,
                    SensorState.IN_SERVICE));
        });
    }

    static IngestSource text(String name, String content) {
        return new IngestSource(name, () -> new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    static long count(Kuzet kuzet, String sql) {
        try (Connection c = kuzet.database().dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every row of a query as text, for comparing two databases' contents. */
    static List<String> rows(Kuzet kuzet, String sql) {
        List<String> out = new ArrayList<>();
        try (Connection c = kuzet.database().dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    if (v instanceof java.time.OffsetDateTime odt) {
                        v = odt.toInstant();
                    } else if (v instanceof java.sql.Timestamp ts) {
                        v = ts.toInstant();
                    }
                    sb.append(v).append('|');
                }
                out.add(sb.toString());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
