package kz.kuzet.ingest.parse;

/** Lenient number reading for fields that are numbers in some sources and text in others. */
final class Numbers {
    private Numbers() {
    }

    static Integer intOrNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        if (t.isEmpty() || t.length() > 10) {
            return null;
        }
        int start = t.charAt(0) == '-' ? 1 : 0;
        if (start == t.length()) {
            return null;
        }
        long v = 0;
        for (int i = start; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            v = v * 10 + (c - '0');
        }
        v = start == 1 ? -v : v;
        return v > Integer.MAX_VALUE || v < Integer.MIN_VALUE ? null : (int) v;
    }

    /** A TCP/UDP port, or null when the text is not one. */
    static Integer portOrNull(String s) {
        Integer p = intOrNull(s);
        return p != null && p >= 0 && p <= 65535 ? p : null;
    }
}
