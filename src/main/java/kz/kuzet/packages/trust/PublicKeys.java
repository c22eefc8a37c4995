package kz.kuzet.packages.trust;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/** Ed25519 public keys as packages and trust files carry them: X.509 encoding in Base64; SHA-256 fingerprints. */
public final class PublicKeys {

    private PublicKeys() {
    }

    public static String encode(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** Reads a Base64 X.509 Ed25519 key; IllegalArgumentException says what is wrong with it. */
    public static PublicKey decode(String base64) {
        try {
            byte[] der = Base64.getDecoder().decode(base64.strip());
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key in Base64 (" + e.getMessage() + ")", e);
        }
    }

    /** The key's SHA-256 fingerprint over its X.509 encoding, lower-case hex, grouped for reading aloud. */
    public static String fingerprint(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            String hex = HexFormat.of().formatHex(digest);
            StringBuilder grouped = new StringBuilder();
            for (int i = 0; i < hex.length(); i += 4) {
                if (i > 0) {
                    grouped.append(':');
                }
                grouped.append(hex, i, i + 4);
            }
            return grouped.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A short form of the fingerprint (its first 16 hex digits), for stable keys and file names. */
    public static String shortFingerprint(PublicKey key) {
        return fingerprint(key).replace(":", "").substring(0, 16);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
