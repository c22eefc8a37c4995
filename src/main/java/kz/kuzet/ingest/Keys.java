package kz.kuzet.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 keys for de-duplication and folding. */
final class Keys {
    private static final ThreadLocal<MessageDigest> SHA = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private Keys() {
    }

    static String sha256(String text) {
        MessageDigest md = SHA.get();
        md.reset();
        return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The same record text is the same detection, whichever file it came in. */
    static String dedup(String raw) {
        return sha256(raw.strip());
    }
}
