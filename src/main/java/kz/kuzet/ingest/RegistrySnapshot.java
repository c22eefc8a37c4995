package kz.kuzet.ingest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import kz.kuzet.ingest.parse.Ips;
import kz.kuzet.ingest.parse.NormalisedDetection;
import kz.kuzet.store.StoreException;

/**
 * The registry as attribution needs it, read once per run: objects by exact IP and by host name, the contours'
 * CIDR ranges, sensors by IP. Attribution order: an object's exact IP (destination, source, then host when it is an
 * address), then the ranges (longest prefix first), then the object's host name (full, then the short name).
 */
final class RegistrySnapshot {

    private record ObjectRow(long id, long bodyId, String exclusion) {
    }

    private record Range(long bodyId, byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }

    private final Map<String, ObjectRow> byIp = new HashMap<>();
    private final Map<String, ObjectRow> byHost = new HashMap<>();
    private final List<Range> ranges = new ArrayList<>();
    private final Map<String, Long> sensorsByIp = new HashMap<>();

    static RegistrySnapshot load(DataSource dataSource) {
        RegistrySnapshot s = new RegistrySnapshot();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery(
                    "select id, state_body_id, ip_address, host_name, scope_exclusion from monitored_object"
                            + " where active = true")) {
                while (rs.next()) {
                    ObjectRow o = new ObjectRow(rs.getLong(1), rs.getLong(2), rs.getString(5));
                    String ip = Ips.normalise(rs.getString(3));
                    if (ip != null) {
                        s.byIp.putIfAbsent(ip, o);
                    }
                    String host = rs.getString(4);
                    if (host != null && !host.isBlank()) {
                        String h = host.strip().toLowerCase(Locale.ROOT);
                        s.byHost.putIfAbsent(h, o);
                        int dot = h.indexOf('.');
                        if (dot > 0) {
                            s.byHost.putIfAbsent(h.substring(0, dot), o);
                        }
                    }
                }
            }
            try (ResultSet rs = st.executeQuery("select state_body_id, cidr from contour_range")) {
                while (rs.next()) {
                    Range r = range(rs.getLong(1), rs.getString(2));
                    if (r != null) {
                        s.ranges.add(r);
                    }
                }
            }
            s.ranges.sort((a, b) -> Integer.compare(b.prefix, a.prefix));
            try (ResultSet rs = st.executeQuery("select id, ip_address from sensor")) {
                while (rs.next()) {
                    String ip = Ips.normalise(rs.getString(2));
                    if (ip != null) {
                        s.sensorsByIp.putIfAbsent(ip, rs.getLong(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the registry for attribution: " + e.getMessage(), e);
        }
        return s;
    }

    private static Range range(long bodyId, String cidr) {
        if (cidr == null) {
            return null;
        }
        String[] parts = cidr.strip().split("/");
        byte[] net = Ips.parse(parts[0]);
        if (net == null) {
            return null;
        }
        int prefix = net.length * 8;
        if (parts.length == 2) {
            try {
                prefix = Integer.parseInt(parts[1].strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return prefix < 0 || prefix > net.length * 8 ? null : new Range(bodyId, net, prefix);
    }

    Attribution attribute(NormalisedDetection d) {
        Long sensor = d.reporterIp() == null ? null : sensorsByIp.get(d.reporterIp());
        String hostIp = Ips.normalise(d.host());
        String[] ips = {d.dstIp(), d.srcIp(), hostIp};
        for (String ip : ips) {
            ObjectRow o = ip == null ? null : byIp.get(ip);
            if (o != null) {
                return of(o, "object IP " + ip, sensor);
            }
        }
        for (String ip : ips) {
            byte[] address = Ips.parse(ip);
            if (address == null) {
                continue;
            }
            for (Range r : ranges) {
                if (r.contains(address)) {
                    return new Attribution(r.bodyId, null, null, "contour range", sensor);
                }
            }
        }
        if (d.host() != null && hostIp == null) {
            String h = d.host().strip().toLowerCase(Locale.ROOT);
            ObjectRow o = byHost.get(h);
            if (o == null && h.indexOf('.') > 0) {
                o = byHost.get(h.substring(0, h.indexOf('.')));
            }
            if (o != null) {
                return of(o, "host name " + d.host(), sensor);
            }
        }
        return Attribution.none(sensor);
    }

    private static Attribution of(ObjectRow o, String how, Long sensor) {
        return new Attribution(o.bodyId, o.id, o.exclusion, how, sensor);
    }
}
