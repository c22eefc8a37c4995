package kz.kuzet.packages;

import java.time.Instant;
import java.util.List;

/**
 * {@code manifest.json}: what the package is, who signed it, and every entry with its size and SHA-256. Its JSON
 * Schema is docs/package/manifest.schema.json.
 *
 * @param recordKey the record's stable key across databases: the origin's key fingerprint and its record id
 */
public record Manifest(String format, int version, String packageId, String recordKey, long originRecordId,
        Instant createdAt, String exportedBy, Signer signer, List<Entry> entries) {

    /** The organisation whose key signed the manifest; {@code publicKey} is the X.509 encoding, Base64. */
    public record Signer(String name, String algorithm, String publicKey, String fingerprint) {
    }

    /** One entry of the zip: its path inside the package, size in bytes, SHA-256 in lower-case hex. */
    public record Entry(String name, long size, String sha256, String mediaType) {
    }
}
