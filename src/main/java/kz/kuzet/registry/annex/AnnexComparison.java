package kz.kuzet.registry.annex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import kz.kuzet.registry.IpAddresses;

/**
 * What changed between two annexes: objects added, removed, and changed field by field. An object is the same
 * object when its network name matches (case aside), or else, for those left, when its IP address matches.
 */
public record AnnexComparison(List<AnnexLine> added, List<AnnexLine> removed, List<Changed> changed) {

    public record FieldChange(String field, String before, String after) {
    }

    public record Changed(AnnexLine before, AnnexLine after, List<FieldChange> fields) {
    }

    public static AnnexComparison of(List<AnnexLine> before, List<AnnexLine> after) {
        return of(before, after, List.of());
    }

    /**
     * As {@link #of(List, List)}; objects that match one of {@code stillListed} (rows left out for their errors)
     * are not counted as removed: the state body still lists them.
     */
    public static AnnexComparison of(List<AnnexLine> before, List<AnnexLine> after, List<AnnexLine> stillListed) {
        Map<Integer, Integer> pairs = pair(before, after);
        List<AnnexLine> added = new ArrayList<>();
        List<Changed> changed = new ArrayList<>();
        boolean[] kept = new boolean[before.size()];
        for (int a = 0; a < after.size(); a++) {
            Integer b = pairs.get(a);
            if (b == null) {
                added.add(after.get(a));
                continue;
            }
            kept[b] = true;
            List<FieldChange> diffs = diff(before.get(b), after.get(a));
            if (!diffs.isEmpty()) {
                changed.add(new Changed(before.get(b), after.get(a), diffs));
            }
        }
        pair(before, stillListed).values().forEach(b -> kept[b] = true);
        List<AnnexLine> removed = new ArrayList<>();
        for (int b = 0; b < before.size(); b++) {
            if (!kept[b]) {
                removed.add(before.get(b));
            }
        }
        return new AnnexComparison(added, removed, changed);
    }

    /** For each index of {@code after}, the index of the same object in {@code before}, if any. */
    public static Map<Integer, Integer> pair(List<AnnexLine> before, List<AnnexLine> after) {
        Map<Integer, Integer> pairs = new HashMap<>();
        Map<String, Integer> byHost = new HashMap<>();
        for (int b = 0; b < before.size(); b++) {
            String h = hostKey(before.get(b));
            if (h != null) {
                byHost.putIfAbsent(h, b);
            }
        }
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (int a = 0; a < after.size(); a++) {
            String h = hostKey(after.get(a));
            Integer b = h == null ? null : byHost.get(h);
            if (b != null && used.add(b)) {
                pairs.put(a, b);
            }
        }
        Map<String, Integer> byIp = new HashMap<>();
        for (int b = 0; b < before.size(); b++) {
            String ip = ipKey(before.get(b));
            if (ip != null && !used.contains(b)) {
                byIp.putIfAbsent(ip, b);
            }
        }
        for (int a = 0; a < after.size(); a++) {
            if (pairs.containsKey(a)) {
                continue;
            }
            String ip = ipKey(after.get(a));
            Integer b = ip == null ? null : byIp.get(ip);
            if (b != null && used.add(b)) {
                pairs.put(a, b);
            }
        }
        return pairs;
    }

    private static String hostKey(AnnexLine l) {
        return l.host() == null || l.host().isBlank() ? null : l.host().trim().toLowerCase(Locale.ROOT);
    }

    private static String ipKey(AnnexLine l) {
        return IpAddresses.canonical(l.ip()).orElse(null);
    }

    static List<FieldChange> diff(AnnexLine before, AnnexLine after) {
        Map<String, String> b = before.comparable();
        Map<String, String> a = after.comparable();
        List<FieldChange> out = new ArrayList<>();
        for (Map.Entry<String, String> e : a.entrySet()) {
            String old = b.get(e.getKey());
            if (!Objects.equals(normalise(old), normalise(e.getValue()))) {
                out.add(new FieldChange(e.getKey(), old, e.getValue()));
            }
        }
        return out;
    }

    private static String normalise(String s) {
        return s == null || s.isBlank() ? null : s.trim().replaceAll("\\s+", " ");
    }

    /** The comparison as JSON-ready maps. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("added", added.stream().map(AnnexComparison::brief).toList());
        m.put("removed", removed.stream().map(AnnexComparison::brief).toList());
        m.put("changed", changed.stream().map(c -> {
            Map<String, Object> x = brief(c.after());
            x.put("fields", c.fields().stream().map(f -> {
                Map<String, Object> fm = new LinkedHashMap<>();
                fm.put("field", f.field());
                fm.put("before", f.before());
                fm.put("after", f.after());
                return fm;
            }).toList());
            return x;
        }).toList());
        return m;
    }

    static Map<String, Object> brief(AnnexLine l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("row", l.row());
        m.put("contour", l.contour() == null ? null : l.contour().name().toLowerCase(Locale.ROOT));
        m.put("host_name", l.host());
        m.put("ip_address", l.ip());
        return m;
    }
}
