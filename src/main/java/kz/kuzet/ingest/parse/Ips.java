package kz.kuzet.ingest.parse;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** IP address literals: recognised without name lookups, and written in one canonical form. */
public final class Ips {
    private Ips() {
    }

    /** The canonical text of an IPv4 or IPv6 literal, or null when the text is no IP literal. */
    public static String normalise(String text) {
        byte[] bytes = parse(text);
        if (bytes == null) {
            return null;
        }
        try {
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** The address bytes of an IP literal, or null. Never resolves names. */
    public static byte[] parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        if (t.isEmpty() || t.length() > 45) {
            return null;
        }
        if (t.indexOf(':') >= 0) {
            return parseV6(t);
        }
        return parseV4(t);
    }

    private static byte[] parseV4(String t) {
        byte[] out = new byte[4];
        int part = 0;
        int value = -1;
        for (int i = 0; i <= t.length(); i++) {
            char c = i < t.length() ? t.charAt(i) : '.';
            if (c == '.') {
                if (value < 0 || part > 3) {
                    return null;
                }
                out[part++] = (byte) value;
                value = -1;
            } else if (c >= '0' && c <= '9') {
                value = (value < 0 ? 0 : value * 10) + (c - '0');
                if (value > 255) {
                    return null;
                }
            } else {
                return null;
            }
        }
        return part == 4 ? out : null;
    }

    private static byte[] parseV6(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == ':'
                    || c == '.';
            if (!ok) {
                return null;
            }
        }
        try {
            // only a literal reaches here (hex digits, colons, dots): no name lookup can happen
            return InetAddress.getByName(t.startsWith("[") ? t : t).getAddress();
        } catch (UnknownHostException | RuntimeException e) {
            return null;
        }
    }
}
