package kz.kuzet.packages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kz.kuzet.packages.read.PackageReader;
import kz.kuzet.packages.sign.SigningKey;
import kz.kuzet.packages.trust.PublicKeys;

/** Writes a package: the entries, a manifest listing each with its SHA-256, and the manifest's signature. */
public final class PackageWriter {

    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final Map<String, String> mediaTypes = new LinkedHashMap<>();

    public PackageWriter add(String name, String mediaType, byte[] bytes) {
        if (entries.putIfAbsent(name, bytes) != null) {
            throw new IllegalArgumentException("Entry " + name + " added twice");
        }
        mediaTypes.put(name, mediaType);
        return this;
    }

    public PackageWriter addJson(String name, Object value) {
        try {
            return add(name, "application/json", PackageJson.MAPPER.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The manifest for these entries, signed by {@code key}. */
    public Manifest manifest(SigningKey key, String packageId, String recordKey, long originRecordId,
            Instant createdAt, String exportedBy) {
        List<Manifest.Entry> list = new ArrayList<>();
        entries.forEach((name, bytes) -> list.add(new Manifest.Entry(name, bytes.length,
                PackageReader.sha256(bytes), mediaTypes.get(name))));
        return new Manifest(PackageFormat.FORMAT, PackageFormat.VERSION, packageId, recordKey, originRecordId,
                createdAt, exportedBy, new Manifest.Signer(key.organisation(), PackageFormat.SIGNATURE_ALGORITHM,
                PublicKeys.encode(key.publicKey()), PublicKeys.fingerprint(key.publicKey())), list);
    }

    /** The zip's bytes: manifest, signature, then the entries in the order added. */
    public byte[] toZip(Manifest manifest, SigningKey key) {
        try {
            byte[] manifestBytes = PackageJson.MAPPER.writeValueAsBytes(manifest);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                FileTime time = FileTime.from(manifest.createdAt());
                put(zip, PackageFormat.MANIFEST, manifestBytes, time);
                put(zip, PackageFormat.SIGNATURE, key.sign(manifestBytes), time);
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    put(zip, e.getKey(), e.getValue(), time);
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the zip next to {@code file} first, then moves it in place: a failed export leaves no half file. */
    public static void writeAtomically(Path file, byte[] zip) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, ".kuzet-export", ".tmp");
        try {
            Files.write(temp, zip);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes, FileTime time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(time);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }
}
