package kz.kuzet.packages.read;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import kz.kuzet.incident.TimelineEntry;
import kz.kuzet.packages.Manifest;
import kz.kuzet.packages.PackageFormat;
import kz.kuzet.packages.PackageJson;
import kz.kuzet.packages.content.PackagedAnnexRow;
import kz.kuzet.packages.content.PackagedAuditEntry;
import kz.kuzet.packages.content.PackagedDetection;
import kz.kuzet.packages.content.PackagedFollowUp;
import kz.kuzet.packages.content.PackagedImportedAuditEntry;
import kz.kuzet.packages.content.PackagedNotice;
import kz.kuzet.packages.content.PackagedRecord;
import kz.kuzet.packages.trust.PublicKeys;
import kz.kuzet.packages.trust.TrustList;
import kz.kuzet.packages.trust.TrustedKey;

/**
 * Opens a package and verifies it before anything in it is used. In order: the zip is whole; its entry names are
 * safe, unique and few enough, their declared sizes within the limits; the manifest is signed, by a trusted key;
 * the zip holds exactly the manifest's entries; each entry, read with the size and ratio limits enforced on the
 * bytes actually inflated, matches its SHA-256. Nothing is written to disk.
 */
public final class PackageReader {

    private final PackageLimits limits;

    public PackageReader(PackageLimits limits) {
        this.limits = limits;
    }

    /** Opens with the default limits. */
    public static OpenedPackage open(Path file, TrustList trust) throws PackageRefused {
        return new PackageReader(PackageLimits.DEFAULT).read(file, trust);
    }

    public OpenedPackage read(Path file, TrustList trust) throws PackageRefused {
        if (!Files.isRegularFile(file)) {
            throw new PackageRefused(RefusalReason.UNREADABLE, file, "no such file");
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new PackageRefused(RefusalReason.TRUNCATED, e, file, e.getMessage());
        } catch (IOException e) {
            throw new PackageRefused(RefusalReason.UNREADABLE, e, file, e.getMessage());
        }
        try (zip) {
            return verify(zip, trust);
        } catch (IOException e) {
            throw new PackageRefused(RefusalReason.TRUNCATED, e, file, e.getMessage());
        }
    }

    private OpenedPackage verify(ZipFile zip, TrustList trust) throws PackageRefused, IOException {
        Map<String, ZipEntry> entries = listEntries(zip);
        ZipEntry manifestEntry = entries.get(PackageFormat.MANIFEST);
        if (manifestEntry == null) {
            throw new PackageRefused(RefusalReason.NOT_A_PACKAGE, PackageFormat.MANIFEST);
        }
        byte[] manifestBytes = inflate(zip, manifestEntry, PackageLimits.MAX_MANIFEST_BYTES);
        ZipEntry signatureEntry = entries.get(PackageFormat.SIGNATURE);
        if (signatureEntry == null) {
            throw new PackageRefused(RefusalReason.UNSIGNED, PackageFormat.SIGNATURE);
        }
        byte[] signature = inflate(zip, signatureEntry, 4096);
        Manifest manifest = parseManifest(manifestBytes);
        PublicKey signerKey = checkSignature(manifest, manifestBytes, signature);
        TrustedKey trusted = trust.find(signerKey).orElseThrow(() -> new PackageRefused(
                RefusalReason.UNTRUSTED_SIGNER, manifest.signer().name(), PublicKeys.fingerprint(signerKey)));

        Set<String> listed = new HashSet<>();
        for (Manifest.Entry e : manifest.entries()) {
            if (!EntryNames.isSafe(e.name())) {
                throw new PackageRefused(RefusalReason.UNSAFE_PATH, e.name());
            }
            if (!listed.add(e.name())) {
                throw new PackageRefused(RefusalReason.DUPLICATE_ENTRY, e.name());
            }
            if (!entries.containsKey(e.name())) {
                throw new PackageRefused(RefusalReason.MISSING_ENTRY, e.name());
            }
        }
        for (String name : entries.keySet()) {
            if (!listed.contains(name) && !name.equals(PackageFormat.MANIFEST)
                    && !name.equals(PackageFormat.SIGNATURE)) {
                throw new PackageRefused(RefusalReason.UNLISTED_ENTRY, name);
            }
        }
        for (String required : PackageFormat.REQUIRED) {
            if (!listed.contains(required)) {
                throw new PackageRefused(RefusalReason.MISSING_ENTRY, required);
            }
        }

        Map<String, byte[]> contents = new LinkedHashMap<>();
        long total = manifestBytes.length;
        for (Manifest.Entry e : manifest.entries()) {
            byte[] bytes = inflate(zip, entries.get(e.name()), limits.maxEntryBytes());
            total += bytes.length;
            if (total > limits.maxTotalBytes()) {
                throw new PackageRefused(RefusalReason.TOO_LARGE, limits.maxTotalBytes());
            }
            if (bytes.length != e.size() || !sha256(bytes).equals(e.sha256())) {
                throw new PackageRefused(RefusalReason.TAMPERED_ENTRY, e.name());
            }
            contents.put(e.name(), bytes);
        }
        return assemble(manifest, trusted, sha256(manifestBytes), contents);
    }

    /** Every entry by name, refusing unsafe or duplicate names, too many entries and too large declared sizes. */
    private Map<String, ZipEntry> listEntries(ZipFile zip) throws PackageRefused {
        Map<String, ZipEntry> entries = new LinkedHashMap<>();
        long declaredTotal = 0;
        int count = 0;
        for (ZipEntry entry : Collections.list(zip.entries())) {
            if (++count > limits.maxEntries()) {
                throw new PackageRefused(RefusalReason.TOO_MANY_ENTRIES, limits.maxEntries());
            }
            String name = entry.getName();
            if (!EntryNames.isSafe(name)) {
                throw new PackageRefused(RefusalReason.UNSAFE_PATH, name);
            }
            if (entries.putIfAbsent(name, entry) != null) {
                throw new PackageRefused(RefusalReason.DUPLICATE_ENTRY, name);
            }
            long size = entry.getSize();
            if (size > limits.maxEntryBytes()) {
                throw new PackageRefused(RefusalReason.ENTRY_TOO_LARGE, name, limits.maxEntryBytes());
            }
            declaredTotal += Math.max(size, 0);
            if (declaredTotal > limits.maxTotalBytes()) {
                throw new PackageRefused(RefusalReason.TOO_LARGE, limits.maxTotalBytes());
            }
            checkRatio(name, size, entry.getCompressedSize());
        }
        return entries;
    }

    /** Reads an entry, never inflating more than {@code max} bytes or past the ratio limit, whatever it declares. */
    private byte[] inflate(ZipFile zip, ZipEntry entry, long max) throws PackageRefused, IOException {
        long compressed = entry.getCompressedSize();
        try (InputStream in = zip.getInputStream(entry)) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long read = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                read += n;
                if (read > max) {
                    throw new PackageRefused(RefusalReason.ENTRY_TOO_LARGE, entry.getName(), max);
                }
                checkRatio(entry.getName(), read, compressed);
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (ZipException e) {
            throw new PackageRefused(RefusalReason.TRUNCATED, e, zip.getName(), entry.getName() + ": "
                    + e.getMessage());
        }
    }

    private void checkRatio(String name, long size, long compressed) throws PackageRefused {
        if (size > limits.ratioFloor() && size > (long) limits.maxRatio() * Math.max(compressed, 1)) {
            throw new PackageRefused(RefusalReason.COMPRESSION_RATIO, name, limits.maxRatio());
        }
    }

    private static Manifest parseManifest(byte[] bytes) throws PackageRefused {
        Manifest manifest;
        try {
            manifest = PackageJson.MAPPER.readValue(bytes, Manifest.class);
        } catch (IOException e) {
            throw new PackageRefused(RefusalReason.NOT_A_PACKAGE, e, PackageFormat.MANIFEST);
        }
        if (!PackageFormat.FORMAT.equals(manifest.format()) || manifest.entries() == null
                || manifest.signer() == null) {
            throw new PackageRefused(RefusalReason.NOT_A_PACKAGE, PackageFormat.MANIFEST);
        }
        if (manifest.version() != PackageFormat.VERSION) {
            throw new PackageRefused(RefusalReason.UNSUPPORTED_VERSION, manifest.version(), PackageFormat.VERSION);
        }
        return manifest;
    }

    private static PublicKey checkSignature(Manifest manifest, byte[] manifestBytes, byte[] signatureText)
            throws PackageRefused {
        if (!PackageFormat.SIGNATURE_ALGORITHM.equals(manifest.signer().algorithm())) {
            throw new PackageRefused(RefusalReason.BAD_SIGNATURE, manifest.signer().algorithm());
        }
        try {
            PublicKey key = PublicKeys.decode(manifest.signer().publicKey());
            Signature verifier = Signature.getInstance(PackageFormat.SIGNATURE_ALGORITHM);
            verifier.initVerify(key);
            verifier.update(manifestBytes);
            byte[] signature = Base64.getDecoder().decode(new String(signatureText, StandardCharsets.US_ASCII).strip());
            if (!verifier.verify(signature)) {
                throw new PackageRefused(RefusalReason.BAD_SIGNATURE, manifest.signer().name());
            }
            return key;
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new PackageRefused(RefusalReason.BAD_SIGNATURE, e, manifest.signer().name());
        }
    }

    private static OpenedPackage assemble(Manifest manifest, TrustedKey signer, String manifestSha256,
            Map<String, byte[]> contents) throws PackageRefused {
        PackagedRecord record = parse(contents, PackageFormat.RECORD, new TypeReference<>() { });
        List<PackagedNotice> notices = parse(contents, PackageFormat.NOTICES, new TypeReference<>() { });
        List<OpenedPackage.Notice> withPdfs = new ArrayList<>();
        for (PackagedNotice n : notices) {
            byte[] pdf = null;
            if (n.pdfEntry() != null) {
                pdf = contents.get(n.pdfEntry());
                if (pdf == null) {
                    throw new PackageRefused(RefusalReason.MISSING_ENTRY, n.pdfEntry());
                }
            }
            withPdfs.add(new OpenedPackage.Notice(n, pdf));
        }
        List<PackagedDetection> detections = parse(contents, PackageFormat.DETECTIONS, new TypeReference<>() { });
        List<TimelineEntry> timeline = parse(contents, PackageFormat.TIMELINE, new TypeReference<>() { });
        List<PackagedFollowUp.Recommendation> recommendations = parse(contents, PackageFormat.RECOMMENDATIONS,
                new TypeReference<>() { });
        List<PackagedFollowUp.Measure> measures = parse(contents, PackageFormat.MEASURES, new TypeReference<>() { });
        List<PackagedFollowUp.Dispatch> dispatches = parse(contents, PackageFormat.DISPATCHES,
                new TypeReference<>() { });
        List<PackagedFollowUp.Report> reports = parse(contents, PackageFormat.REPORTS, new TypeReference<>() { });
        List<PackagedAnnexRow> annex = parse(contents, PackageFormat.ANNEX, new TypeReference<>() { });
        List<PackagedAuditEntry> audit = parse(contents, PackageFormat.AUDIT, new TypeReference<>() { });
        List<PackagedImportedAuditEntry> importedAudit = ImportedAuditContent.read(contents);
        if (record == null || record.detail() == null || !manifest.recordKey().equals(record.recordKey())) {
            throw new PackageRefused(RefusalReason.MALFORMED_CONTENT, PackageFormat.RECORD, "record key");
        }
        return new OpenedPackage(manifest, signer.name(), signer.fingerprint(), manifestSha256, record, detections,
                timeline, withPdfs, recommendations, measures, dispatches, reports, annex, audit,
                importedAudit, Collections.unmodifiableMap(contents));
    }

    static <T> T parse(Map<String, byte[]> contents, String name, TypeReference<T> type)
            throws PackageRefused {
        try {
            T value = PackageJson.MAPPER.readValue(contents.get(name), type);
            if (value == null) {
                throw new PackageRefused(RefusalReason.MALFORMED_CONTENT, name, "empty");
            }
            return value;
        } catch (IOException e) {
            throw new PackageRefused(RefusalReason.MALFORMED_CONTENT, e, name, e.getMessage());
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
