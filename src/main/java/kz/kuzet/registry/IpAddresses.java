package kz.kuzet.registry;

import java.util.Locale;
import java.util.Optional;

/** Syntax of IP address literals, without any name lookup; canonical forms for comparing them. */
public final class IpAddresses {

    private IpAddresses() {
    }

    /** The canonical form (IPv4 dotted quad; IPv6 per RFC 5952, lower case), or empty if not an address. */
    public static Optional<String> canonical(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.trim();
        if (s.indexOf(':') >= 0) {
            int[] groups = ipv6Groups(s);
            return groups == null ? Optional.empty() : Optional.of(formatV6(groups));
        }
        int[] octets = ipv4Octets(s);
        return octets == null ? Optional.empty()
                : Optional.of(octets[0] + "." + octets[1] + "." + octets[2] + "." + octets[3]);
    }

    public static boolean isValid(String text) {
        return canonical(text).isPresent();
    }

    static int[] ipv4Octets(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        int[] octets = new int[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')
                    || (p.length() > 1 && p.charAt(0) == '0')) {
                return null;
            }
            octets[i] = Integer.parseInt(p);
            if (octets[i] > 255) {
                return null;
            }
        }
        return octets;
    }

    static int[] ipv6Groups(String s) {
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        String head = gap >= 0 ? s.substring(0, gap) : s;
        String tail = gap >= 0 ? s.substring(gap + 2) : "";
        int[] left = groups(head, gap < 0);
        int[] right = gap >= 0 ? groups(tail, true) : new int[0];
        if (left == null || right == null) {
            return null;
        }
        int total = left.length + right.length;
        if (gap < 0 ? total != 8 : total > 7) {
            return null;
        }
        int[] all = new int[8];
        System.arraycopy(left, 0, all, 0, left.length);
        System.arraycopy(right, 0, all, 8 - right.length, right.length);
        return all;
    }

    /** Groups of one side of "::"; the last part may be an embedded IPv4 address when {@code lastMayBeV4}. */
    private static int[] groups(String part, boolean lastMayBeV4) {
        if (part.isEmpty()) {
            return new int[0];
        }
        String[] texts = part.split(":", -1);
        int[] out = new int[texts.length * 2];
        int n = 0;
        for (int i = 0; i < texts.length; i++) {
            String t = texts[i];
            if (i == texts.length - 1 && lastMayBeV4 && t.indexOf('.') >= 0) {
                int[] v4 = ipv4Octets(t);
                if (v4 == null) {
                    return null;
                }
                out[n++] = v4[0] << 8 | v4[1];
                out[n++] = v4[2] << 8 | v4[3];
                continue;
            }
            if (t.isEmpty() || t.length() > 4 || !t.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return null;
            }
            out[n++] = Integer.parseInt(t, 16);
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static String formatV6(int[] g) {
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
