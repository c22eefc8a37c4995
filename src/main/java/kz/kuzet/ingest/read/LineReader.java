package kz.kuzet.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Reads raw lines (LF or CRLF ended) as bytes, keeping at most {@code maxBytes} of each; counts byte offsets. */
final class LineReader {

    /** One line's bytes; {@code length} bytes of {@code bytes} are valid. */
    static final class Line {
        byte[] bytes;
        int length;
        long offset;
        long number;
        boolean truncated;
        long fullLength;
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private long consumed;
    private long lineNumber;
    private byte[] lineBytes = new byte[1024];

    LineReader(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end of input. The returned object is reused by the next call. */
    Line next(Line into) throws IOException {
        if (pos >= limit && !fill()) {
            return null;
        }
        into.offset = consumed;
        into.number = ++lineNumber;
        into.truncated = false;
        int length = 0;
        long full = 0;
        while (true) {
            if (pos >= limit && !fill()) {
                break;
            }
            int start = pos;
            int nl = -1;
            for (int i = pos; i < limit; i++) {
                if (buffer[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            int end = nl < 0 ? limit : nl;
            int chunk = end - start;
            full += chunk;
            int keep = Math.min(chunk, maxBytes - length);
            if (keep > 0) {
                if (length + keep > lineBytes.length) {
                    lineBytes = Arrays.copyOf(lineBytes, Math.max(lineBytes.length * 2, length + keep));
                }
                System.arraycopy(buffer, start, lineBytes, length, keep);
                length += keep;
            }
            if (keep < chunk) {
                into.truncated = true;
            }
            consumed += chunk;
            pos = end;
            if (nl >= 0) {
                pos++;
                consumed++;
                break;
            }
        }
        if (length > 0 && lineBytes[length - 1] == '\r' && !into.truncated) {
            length--;
        }
        into.bytes = lineBytes;
        into.length = length;
        into.fullLength = full;
        return into;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        while (n == 0) {
            n = in.read(buffer, 0, buffer.length);
        }
        if (n < 0) {
            pos = limit = 0;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }
}
