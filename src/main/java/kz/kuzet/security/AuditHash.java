package kz.kuzet.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** The chain's hash: SHA-256 over the previous hash and every field of the entry, length-prefixed. */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String of(String prevHash, long seq, Instant at, String actor, String action, String entity,
            Long entityId, Long recordId, String before, String after) {
        MessageDigest digest = sha256();
        for (String part : new String[] {prevHash, Long.toString(seq), at.toString(), actor, action, entity,
                entityId == null ? null : entityId.toString(), recordId == null ? null : recordId.toString(),
                before, after}) {
            if (part == null) {
                digest.update((byte) 0);
            } else {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                digest.update((byte) 1);
                digest.update(intBytes(bytes.length));
                digest.update(bytes);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] intBytes(int n) {
        return new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
