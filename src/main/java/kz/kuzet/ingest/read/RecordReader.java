package kz.kuzet.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Splits an input into records: one per line, except that a JSON object or a Windows event XML document spread over
 * several lines (pretty-printed) is joined into one record. Blank lines are no records. Every record is bounded to
 * {@code maxBytes}; longer ones and ones that are not UTF-8 come back with a problem instead of being lost.
 */
public final class RecordReader {

    public static final int DEFAULT_MAX_BYTES = 65_536;

    private final LineReader lines;
    private final int maxBytes;
    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final LineReader.Line line = new LineReader.Line();
    private Pending pushedBack;
    private boolean first = true;

    /** A decoded line waiting to be used. */
    private record Pending(String text, long number, long offset, String problem, long fullLength) {
    }

    public RecordReader(InputStream in) {
        this(in, DEFAULT_MAX_BYTES);
    }

    public RecordReader(InputStream in, int maxBytes) {
        this.lines = new LineReader(in, maxBytes);
        this.maxBytes = maxBytes;
    }

    /** The next record, or null at the end of input. */
    public RawRecord next() throws IOException {
        Pending start;
        do {
            start = nextLine();
            if (start == null) {
                return null;
            }
        } while (start.problem() == null && start.text().isBlank());
        if (start.problem() != null) {
            return new RawRecord(start.text(), start.number(), start.offset(), start.problem());
        }
        String head = start.text().stripLeading();
        Kind kind = head.startsWith("{") ? Kind.JSON
                : head.startsWith("<?xml") || isEventStart(head) ? Kind.XML : Kind.LINE;
        if (kind == Kind.LINE || complete(kind, start.text(), new int[1])) {
            return new RawRecord(start.text(), start.number(), start.offset(), null);
        }
        StringBuilder sb = new StringBuilder(start.text());
        long size = start.fullLength();
        int[] depth = new int[1];
        complete(kind, start.text(), depth);
        while (true) {
            Pending next = nextLine();
            if (next == null) {
                return new RawRecord(sb.toString(), start.number(), start.offset(), null);
            }
            if (next.problem() != null || startsNewRecord(kind, next.text()) && !(kind == Kind.XML
                    && !sb.toString().contains("<Event ") && !sb.toString().contains("<Event>"))) {
                pushedBack = next;
                return new RawRecord(sb.toString(), start.number(), start.offset(), null);
            }
            size += next.fullLength() + 1;
            if (size > maxBytes) {
                skipRest(kind, next.text(), depth);
                return new RawRecord(sb.length() > 4096 ? sb.substring(0, 4096) : sb.toString(), start.number(),
                        start.offset(), "record longer than " + maxBytes + " bytes");
            }
            sb.append('\n').append(next.text());
            if (continues(kind, next.text(), depth)) {
                continue;
            }
            return new RawRecord(sb.toString(), start.number(), start.offset(), null);
        }
    }

    private enum Kind { LINE, JSON, XML }

    private static boolean startsNewRecord(Kind kind, String text) {
        if (text.isEmpty()) {
            return false;
        }
        if (kind == Kind.JSON) {
            char c = text.charAt(0);
            return !(Character.isWhitespace(c) || c == '}' || c == ']');
        }
        String t = text.stripLeading();
        return t.startsWith("<?xml") || isEventStart(t);
    }

    private static boolean isEventStart(String t) {
        return t.startsWith("<Event") && t.length() > 6 && (t.charAt(6) == '>' || Character.isWhitespace(t.charAt(6)));
    }

    private void skipRest(Kind kind, String text, int[] depth) throws IOException {
        if (!continues(kind, text, depth)) {
            return;
        }
        while (true) {
            Pending next = nextLine();
            if (next == null) {
                return;
            }
            if (next.problem() != null || startsNewRecord(kind, next.text())) {
                pushedBack = next;
                return;
            }
            if (!continues(kind, next.text(), depth)) {
                return;
            }
        }
    }

    /** Whether the record started with this text is complete on its first line. */
    private static boolean complete(Kind kind, String text, int[] depth) {
        return !continues(kind, text, depth);
    }

    /** Updates the JSON brace depth (or looks for the XML end) and says whether more lines belong to the record. */
    private static boolean continues(Kind kind, String text, int[] depth) {
        if (kind == Kind.XML) {
            return !text.contains("</Event>");
        }
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth[0]++;
            } else if (c == '}' || c == ']') {
                depth[0]--;
            }
        }
        return depth[0] > 0;
    }

    private Pending nextLine() throws IOException {
        if (pushedBack != null) {
            Pending p = pushedBack;
            pushedBack = null;
            return p;
        }
        LineReader.Line l = lines.next(line);
        if (l == null) {
            return null;
        }
        int from = 0;
        if (first) {
            first = false;
            if (l.length >= 3 && (l.bytes[0] & 0xFF) == 0xEF && (l.bytes[1] & 0xFF) == 0xBB
                    && (l.bytes[2] & 0xFF) == 0xBF) {
                from = 3;
            }
        }
        String problem = null;
        String text;
        if (ascii(l.bytes, from, l.length)) {
            text = new String(l.bytes, from, l.length - from, StandardCharsets.ISO_8859_1);
        } else {
            try {
                CharBuffer chars = strict.decode(ByteBuffer.wrap(l.bytes, from, l.length - from));
                text = chars.toString();
            } catch (CharacterCodingException e) {
                text = new String(l.bytes, from, l.length - from, StandardCharsets.UTF_8);
                problem = "not valid UTF-8 (line " + l.number + "); convert the file to UTF-8 and ingest it again";
            }
        }
        if (l.truncated) {
            if (text.length() > 4096) {
                text = text.substring(0, 4096);
            }
            problem = "line longer than " + maxBytes + " bytes (" + l.fullLength + " bytes); first part kept";
        }
        return new Pending(text, l.number, l.offset, problem, l.fullLength);
    }

    private static boolean ascii(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] < 0) {
                return false;
            }
        }
        return true;
    }
}
