package kz.kuzet.ingest;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A generated input of {@code count} distinct detections, half CEF lines and half Suricata EVE alerts, produced
 * on the fly so a million of them need no memory. Destinations fall in 10.0.0.0/8.
 */
public final class BenchInput extends InputStream {

    private static final long T0 = Instant.parse("2026-03-01T00:00:00Z").toEpochMilli();

    private final long count;
    private final String salt;
    private long next;
    private byte[] line = new byte[0];
    private int pos;

    public BenchInput(long count, String salt) {
        this.count = count;
        this.salt = salt;
    }

    public static String record(long i, String salt) {
        long sig = i % 500;
        String src = "203.0." + ((i >> 8) & 255) + "." + (i & 255);
        String dst = "10." + ((i >> 16) & 255) + "." + ((i >> 8) & 255) + "." + (i & 255);
        long at = T0 + i * 10;
        if ((i & 1) == 0) {
            return "CEF:0|Kuzet|BenchIDS|1.0|SIG-" + sig + "|Bench signature " + sig + "|" + (i % 11) + "|src=" + src
                    + " spt=" + (1024 + i % 60000) + " dst=" + dst + " dpt=443 duser=user" + (i % 97) + " rt=" + at
                    + " cs1Label=run cs1=" + salt + " msg=bench event " + i;
        }
        return "{\"timestamp\":\"" + Instant.ofEpochMilli(at) + "\",\"flow_id\":" + i + ",\"event_type\":\"alert\","
                + "\"src_ip\":\"" + src + "\",\"src_port\":" + (1024 + i % 60000) + ",\"dest_ip\":\"" + dst
                + "\",\"dest_port\":443,\"proto\":\"TCP\",\"alert\":{\"action\":\"allowed\",\"gid\":1,\"signature_id\":"
                + (2_000_000 + sig) + ",\"rev\":1,\"signature\":\"ET BENCH signature " + sig + "\",\"category\":"
                + "\"Bench\",\"severity\":" + (1 + i % 3) + "},\"run\":\"" + salt + "\"}";
    }

    @Override
    public int read() {
        if (pos >= line.length && !advance()) {
            return -1;
        }
        return line[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        while (n < len) {
            if (pos >= line.length && !advance()) {
                break;
            }
            int chunk = Math.min(len - n, line.length - pos);
            System.arraycopy(line, pos, b, off + n, chunk);
            pos += chunk;
            n += chunk;
        }
        return n == 0 ? -1 : n;
    }

    private boolean advance() {
        if (next >= count) {
            return false;
        }
        line = (record(next++, salt) + "\n").getBytes(StandardCharsets.UTF_8);
        pos = 0;
        return true;
    }
}
