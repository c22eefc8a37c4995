package kz.kuzet.ingest;

/** Text made fit for a column: bounded in length, and without NUL, which PostgreSQL text cannot hold. */
final class Columns {
    private Columns() {
    }

    static String fit(String s, int max) {
        if (s == null) {
            return null;
        }
        String t = s.indexOf('\0') >= 0 ? s.replace('\0', '\u2400') : s;
        if (t.length() <= max) {
            return t;
        }
        int end = max;
        if (Character.isHighSurrogate(t.charAt(end - 1))) {
            end--;
        }
        return t.substring(0, end);
    }
}
